import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageArgs, PageOf, SortOrder, type Sorting } from '@bt/subgraph';
import { Trainee } from './trainee.entity';

@InputType({ description: 'Filter för listan över BT-läkare; varje angivet villkor begränsar urvalet.' })
export class TraineeFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true })
  siteId?: string | null;

  @Field(() => ID, { nullable: true })
  cohortId?: string | null;

  @Field(() => String, { nullable: true, description: 'Namnsökning: varje ord finns i för- eller efternamnet, utan hänsyn till versaler.' })
  q?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: anställda i dag (employmentStart <= i dag <= employmentEnd); false: övriga.' })
  active?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Placerade på enheten i dag (från utbildningsdelen).' })
  currentUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Med den här huvudhandledaren (från utbildningsdelen).' })
  mainSupervisorId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: utan huvudhandledare; false: med (från utbildningsdelen).' })
  withoutMainSupervisor?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'En placering börjar mellan i dag och i dag + N dagar (från utbildningsdelen).' })
  placementStartingWithinDays?: number | null;
}

@ArgsType()
export class TraineePageArgs extends PageArgs {
  @Field(() => TraineeFilter, { nullable: true })
  filter?: TraineeFilter | null;
}

@ObjectType({ description: 'En sida BT-läkare och antalet som matchar filtret.' })
export class TraineePage extends PageOf(Trainee) {}

// stored in Swedish collation and indexed with the id (IDX_trainee_swedish_name)
const familyName = { column: 'trainee.familyName', text: true, swedishColumn: true };
const givenName = { column: 'trainee.givenName', text: true, swedishColumn: true };

/** sortField name (family, then given name), familyName, employmentStart, employmentEnd, site, cohort (by start, then name). */
export const TRAINEE_SORTING: Sorting = {
  fields: {
    name: [familyName, givenName],
    familyName: [familyName],
    employmentStart: [{ column: 'trainee.employmentStart' }],
    employmentEnd: [{ column: 'trainee.employmentEnd' }],
    site: [{ column: 'site.name', text: true }],
    cohort: [{ column: 'cohort.startDate' }, { column: 'cohort.name', text: true }],
  },
  byDefault: [
    [familyName, SortOrder.ASC],
    [givenName, SortOrder.ASC],
  ],
  unique: 'trainee.id',
};
