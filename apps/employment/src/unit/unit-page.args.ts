import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { UnitKind } from '@bt/domain';
import { PageArgs, PageOf, SortOrder, type Sorting } from '@bt/subgraph';
import { Unit } from './unit.entity';

@InputType({ description: 'Filter för enhetslistan; varje angivet villkor begränsar urvalet.' })
export class UnitFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true })
  siteId?: string | null;

  @Field(() => UnitKind, { nullable: true })
  kind?: UnitKind | null;

  @Field(() => String, { nullable: true, description: 'Del av namnet, utan hänsyn till versaler.' })
  q?: string | null;
}

@ArgsType()
export class UnitPageArgs extends PageArgs {
  @Field(() => UnitFilter, { nullable: true })
  filter?: UnitFilter | null;
}

@ObjectType({ description: 'En sida enheter och antalet som matchar filtret.' })
export class UnitPage extends PageOf(Unit) {}

const name = { column: 'unit.name', text: true };

/** sortField name, kind or site (by the site's name); without one: by name. */
export const UNIT_SORTING: Sorting = {
  fields: {
    name: [name],
    kind: [{ column: 'unit.kind' }, name],
    site: [{ column: 'site.name', text: true }, name],
  },
  byDefault: [[name, SortOrder.ASC]],
  unique: 'unit.id',
};
