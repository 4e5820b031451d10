import { Field, InputType, Int } from 'type-graphql';
import { AbsenceKind, type AbsenceDraft } from '@bt/domain';
import { DateScalar } from '@bt/subgraph';
import './absence.enums';

@InputType({ description: 'En ansökan om ledighet eller en anmälan av frånvaro (hela eller delar av dagar).' })
export class AbsenceInput implements AbsenceDraft {
  @Field(() => AbsenceKind)
  kind: AbsenceKind;

  @Field(() => DateScalar, { description: 'Första dagen, inom anställningen.' })
  startDate: string;

  @Field(() => DateScalar, { description: 'Sista dagen (inräknad), inom anställningen.' })
  endDate: string;

  @Field(() => Int, { defaultValue: 100, description: 'Omfattning i procent av heltid varje dag, 1–100 (t.ex. 50 för halvtid).' })
  percent: number;

  @Field(() => String, { nullable: true, description: 'Anteckning, högst 500 tecken. För sjukfrånvaro och VAB en hälsouppgift som bara få ser.' })
  note?: string | null;
}
