import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { RecruitmentRoundState } from '@bt/domain';
import { PageArgs, PageOf, SortOrder, type Sorting } from '@bt/subgraph';
import { RecruitmentRound } from './recruitment-round.entity';

@InputType({ description: 'Filter för listan över rekryteringsomgångar; varje angivet villkor begränsar urvalet.' })
export class RecruitmentRoundFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => RecruitmentRoundState, { nullable: true })
  state?: RecruitmentRoundState | null;

  @Field(() => Int, { nullable: true, description: 'BT-startens år (t.ex. 2028 för omgången som annonseras hösten 2027).' })
  year?: number | null;
}

@ArgsType()
export class RecruitmentRoundPageArgs extends PageArgs {
  @Field(() => RecruitmentRoundFilter, { nullable: true })
  filter?: RecruitmentRoundFilter | null;
}

@ObjectType({ description: 'En sida rekryteringsomgångar och antalet som matchar filtret.' })
export class RecruitmentRoundPage extends PageOf(RecruitmentRound) {}

const name = { column: 'round.name', text: true };

/** sortField name, advertDate, startDate or applicationDeadline; without one: the latest start first. */
export const RECRUITMENT_ROUND_SORTING: Sorting = {
  fields: {
    name: [name],
    advertDate: [{ column: 'round.advertDate' }],
    startDate: [{ column: 'round.startDate' }],
    applicationDeadline: [{ column: 'round.applicationDeadline' }],
  },
  byDefault: [
    [{ column: 'round.startDate' }, SortOrder.DESC],
    [name, SortOrder.ASC],
  ],
  unique: 'round.id',
};
