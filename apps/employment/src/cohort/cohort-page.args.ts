import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageArgs, PageOf, SortOrder, type Sorting } from '@bt/subgraph';
import { Cohort } from './cohort.entity';

@InputType({ description: 'Filter för kullistan; varje angivet villkor begränsar urvalet.' })
export class CohortFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true })
  siteId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Startår.' })
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'Del av namnet, utan hänsyn till versaler.' })
  q?: string | null;
}

@ArgsType()
export class CohortPageArgs extends PageArgs {
  @Field(() => CohortFilter, { nullable: true })
  filter?: CohortFilter | null;
}

@ObjectType({ description: 'En sida kullar och antalet som matchar filtret.' })
export class CohortPage extends PageOf(Cohort) {}

/** sortField name, startDate or site (by the site's name); without one: newest first. */
export const COHORT_SORTING: Sorting = {
  fields: {
    name: [{ column: 'cohort.name', text: true }],
    startDate: [{ column: 'cohort.startDate' }],
    site: [{ column: 'site.name', text: true }, { column: 'cohort.startDate' }],
  },
  byDefault: [
    [{ column: 'cohort.startDate' }, SortOrder.DESC],
    [{ column: 'cohort.name', text: true }, SortOrder.ASC],
  ],
  unique: 'cohort.id',
};
