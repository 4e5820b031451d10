import { ArgsType, Field, ID, Int } from 'type-graphql';
import { DateScalar } from '@bt/subgraph';

/** REC-6, REC-9: interview slots to lay out in one room with one panel, over some of the round's interview days. */
@ArgsType()
export class InterviewSlotPlanArgs {
  @Field(() => ID)
  roundId: string;

  @Field(() => [DateScalar], { nullable: true, description: 'Intervjudagarna tiderna läggs på, bland omgångens; utan: alla omgångens intervjudagar.' })
  days?: string[] | null;

  @Field(() => Int, { defaultValue: 45, description: 'Intervjuns längd i minuter (10–240).' })
  slotMinutes: number;

  @Field(() => String, { defaultValue: '08:30', description: 'Dagens första intervju, svensk tid TT:MM.' })
  dayStart: string;

  @Field(() => String, { defaultValue: '16:30', description: 'Dagens sista intervju slutar senast, svensk tid TT:MM.' })
  dayEnd: string;

  @Field(() => String, { nullable: true, description: 'Lunchen börjar, svensk tid TT:MM; ingen intervju ligger i lunchen.' })
  lunchStart?: string | null;

  @Field(() => Int, { nullable: true, description: 'Lunchens längd i minuter (0–120).' })
  lunchMinutes?: number | null;

  @Field(() => String, { description: 'Lokalen; tider i samma lokal får inte överlappa.' })
  room: string;

  @Field(() => [ID], { description: 'REC-9: de personer ur omgångens intervjugrupp som sitter med vid dessa intervjuer.' })
  panelPersonIds: string[];
}
