import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { Role } from '@bt/auth';
import { PageArgs, PageOf, SortOrder, type Sorting } from '@bt/subgraph';
import { Person } from './person.entity';

@InputType({ description: 'Filter för personallistan; varje angivet villkor begränsar urvalet.' })
export class PersonFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => Role, { nullable: true, description: 'Har rollen (bland sina roller).' })
  role?: Role | null;

  @Field(() => ID, { nullable: true })
  siteId?: string | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: 'Varje ord finns i namnet eller användarnamnet, utan hänsyn till versaler.' })
  q?: string | null;
}

@ArgsType()
export class PersonPageArgs extends PageArgs {
  @Field(() => PersonFilter, { nullable: true })
  filter?: PersonFilter | null;
}

@ObjectType({ description: 'En sida personal och antalet som matchar filtret.' })
export class PersonPage extends PageOf(Person) {}

const name = { column: 'person.name', text: true };

/** sortField name, username or title; without one: by name. */
export const PERSON_SORTING: Sorting = {
  fields: {
    name: [name],
    username: [{ column: 'person.username' }],
    title: [{ column: 'person.title', text: true }, name],
  },
  byDefault: [[name, SortOrder.ASC]],
  unique: 'person.id',
};
