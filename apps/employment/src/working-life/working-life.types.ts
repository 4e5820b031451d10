import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { btEvaluationScoreDescription, type BtEvaluationScores } from '@bt/domain';
import { DateScalar } from '@bt/subgraph';
import { WorkplaceMeeting } from './workplace-meeting.entity';

@InputType({ description: 'EMP-5: en arbetsplatsträff att planera.' })
export class WorkplaceMeetingInput {
  @Field(() => ID, { description: 'Huvudorten (biträdande AT/BT-chef bara sin egen).' })
  siteId: string;

  @Field(() => DateScalar, { description: 'Dagen för träffen.' })
  date: string;

  @Field(() => String, { description: 'Starttid, TT:MM.' })
  startTime: string;

  @Field(() => String, { description: 'Rubrik, högst 200 tecken.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Dagordning, högst 2000 tecken.' })
  agenda?: string | null;
}

@ObjectType({ description: 'EMP-5: en huvudorts arbetsplatsträffar under en termin, med varning när färre än två är planerade.' })
export class WorkplaceMeetingTerm {
  siteId: string;

  @Field(() => String, { description: 'Terminen, t.ex. HT2026 (VT januari–juni, HT juli–december).' })
  term: string;

  @Field(() => DateScalar, { description: 'Terminens första dag.' })
  start: string;

  @Field(() => DateScalar, { description: 'Terminens sista dag.' })
  end: string;

  @Field(() => Int, { description: 'Antal planerade träffar.' })
  planned: number;

  @Field(() => String, { nullable: true, description: 'EMP-5: varningen när färre än två träffar är planerade för terminen; null annars.' })
  warning: string | null;

  @Field(() => [WorkplaceMeeting], { description: 'Träffarna i datumordning.' })
  meetings: WorkplaceMeeting[];
}

@InputType({ description: 'EMP-6: svaren i utvärderingen av BT; en fråga utan svar lämnas tom tills utvärderingen skickas in.' })
export class BtEvaluationInput implements Partial<BtEvaluationScores> {
  @Field(() => Int, { nullable: true, description: btEvaluationScoreDescription('introduction') })
  introduction?: number | null;

  @Field(() => Int, { nullable: true, description: btEvaluationScoreDescription('supervision') })
  supervision?: number | null;

  @Field(() => Int, { nullable: true, description: btEvaluationScoreDescription('placements') })
  placements?: number | null;

  @Field(() => Int, { nullable: true, description: btEvaluationScoreDescription('teaching') })
  teaching?: number | null;

  @Field(() => Int, { nullable: true, description: btEvaluationScoreDescription('workload') })
  workload?: number | null;

  @Field(() => Int, { nullable: true, description: btEvaluationScoreDescription('overall') })
  overall?: number | null;

  @Field(() => String, { nullable: true, description: 'Fritext, högst 4000 tecken.' })
  freeText?: string | null;
}

@ObjectType({ description: 'EMP-6: medelvärdet för en fråga i en kulls utvärderingar.' })
export class BtEvaluationAverage {
  @Field(() => String, { description: 'Frågans nyckel (introduction, supervision, placements, teaching, workload, overall).' })
  question: string;

  @Field(() => String, { description: 'Frågan som den ställs.' })
  text: string;

  @Field(() => Float, { nullable: true, description: 'Medelvärdet 1–5 med en decimal; null när sammanställningen inte visas.' })
  average: number | null;
}

@ObjectType({ description: 'EMP-6: en kulls utvärderingar av BT, anonymt: antal svar, medelvärden och fritexterna utan namn, bara från tre inskickade svar.' })
export class BtEvaluationSummaryResult {
  @Field(() => ID)
  cohortId: string;

  @Field(() => Int, { description: 'Antal inskickade utvärderingar.' })
  answers: number;

  @Field(() => Boolean, { description: 'Om medelvärden och fritexter visas (minst tre svar).' })
  shown: boolean;

  @Field(() => String, { nullable: true, description: 'Förklaringen när färre än tre har svarat; null annars.' })
  note: string | null;

  @Field(() => [BtEvaluationAverage])
  averages: BtEvaluationAverage[];

  @Field(() => [String], { description: 'Fritexterna utan namn, i bokstavsordning (inte i svarsordning).' })
  freeTexts: string[];
}
