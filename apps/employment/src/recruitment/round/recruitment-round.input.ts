import { Field, ID, InputType, Int } from 'type-graphql';
import type { RecruitmentRoundDraft } from '@bt/domain';
import { DateScalar } from '@bt/subgraph';

@InputType({ description: 'REC-2: antal platser med en huvudort.' })
export class RoundPositionInput {
  @Field(() => ID)
  siteId: string;

  @Field(() => Int)
  count: number;
}

@InputType({ description: 'En ny eller ändrad rekryteringsomgång. BT-starten räknas fram ur annonsdatumet (REC-1).' })
export class RecruitmentRoundInput implements Omit<RecruitmentRoundDraft, 'positions'> {
  @Field(() => String)
  name: string;

  @Field(() => DateScalar)
  advertDate: string;

  @Field(() => DateScalar, { description: 'REC-1: 3–4 veckor efter annonsen (annars en varning).' })
  applicationDeadline: string;

  @Field(() => [DateScalar], { description: 'REC-6: två eller tre dagar, den första senast en vecka efter sista ansökningsdag.' })
  interviewDays: string[];

  @Field(() => [RoundPositionInput], {
    nullable: true,
    description: 'Platser per huvudort. Utan: en ny omgång får Växjö 4 + Ljungby 2 (REC-2), en ändrad behåller sina.',
  })
  positions?: RoundPositionInput[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'REC-1: AT/BT-chefens skäl när det redan finns en omgång för samma BT-start (rekrytering sker en gång per år); loggas.',
  })
  secondRoundReason?: string | null;
}
