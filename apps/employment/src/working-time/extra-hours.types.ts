import { ArgsType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PageArgs, PageOf } from '@bt/subgraph';
import { ExtraHoursMonth } from './extra-hours-month.entity';
import { ExtraHoursFlag } from './extra-hours-flag.entity';

@ObjectType({ description: 'ABS-6: ett kvartals extra timmar för en BT-läkare.' })
export class ExtraHoursQuarter {
  @Field(() => Int, { description: 'Kvartalet, 1–4.' })
  quarter: number;

  @Field(() => Float, { description: 'Extra timmar under kvartalet.' })
  hours: number;

  @Field(() => Boolean, { description: 'ABS-6: 60 timmar eller fler under kvartalet (larmgränsen).' })
  overAlert: boolean;

  @Field(() => Boolean, { description: 'Om HR har stämt av kvartalet för BT-läkarens huvudort.' })
  reconciled: boolean;
}

@ObjectType({ description: 'En varning enligt arbetstidslagen (inte ett hinder): genomsnittlig veckoarbetstid eller dygnsvila.' })
export class WorkingTimeWarningType {
  @Field(() => String, { description: 'AVERAGE_WEEK_OVER_48 eller DAILY_REST_UNDER_11.' })
  code: string;

  @Field(() => String, { description: 'Periodens första dag.' })
  from: string;

  @Field(() => String, { description: 'Periodens sista dag.' })
  to: string;

  @Field(() => String, { description: 'Varningen i ord.' })
  message: string;
}

@ObjectType({
  description:
    'ABS-6: en BT-läkares extra timmar under ett kalenderår: månader, kvartal med larm vid 60 timmar, taket på 250 timmar med prognos, och varningar enligt arbetstidslagen (48 timmar i snitt per vecka över fyra månader, räknat på 40 timmars vecka enligt EMP-4 plus de extra timmarna; dygnsvilan kräver dagsdata och visas inte här).',
})
export class ExtraHoursYear {
  @Field(() => ID, { description: 'BT-läkarens id.' })
  traineeId: string;

  @Field(() => Int, { description: 'Kalenderåret.' })
  year: number;

  @Field(() => [ExtraHoursMonth], { description: 'De registrerade månaderna, i ordning.' })
  months: ExtraHoursMonth[];

  @Field(() => [ExtraHoursQuarter], { description: 'Årets fyra kvartal.' })
  quarters: ExtraHoursQuarter[];

  @Field(() => Float, { description: 'Extra timmar under året.' })
  yearHours: number;

  @Field(() => Float, { description: 'ABS-6: taket per kalenderår (250 timmar).' })
  capHours: number;

  @Field(() => Boolean, { description: 'Taket är nått.' })
  capReached: boolean;

  @Field(() => Int, { nullable: true, description: 'Månaden (1–12) då taket nåddes eller nås i nuvarande takt; null om det inte nås under året.' })
  capMonth: number | null;

  @Field(() => String, { nullable: true, description: 'Prognosen i ord, t.ex. "I nuvarande takt nås taket på 250 timmar i september."' })
  projection: string | null;

  @Field(() => Float, { description: 'Extra timmar per månad i takten hittills.' })
  monthlyRateHours: number;

  @Field(() => [WorkingTimeWarningType], { description: 'Varningar enligt arbetstidslagen (48 timmar i snitt över fyra månader).' })
  warnings: WorkingTimeWarningType[];

  @Field(() => [ExtraHoursFlag], { description: 'Årets flaggor efter kvartalen (över gränserna), med planerna.' })
  flags: ExtraHoursFlag[];
}

@ObjectType({ description: 'En sida av listan över BT-läkare över ATL-gränserna efter ett kvartal.' })
export class ExtraHoursFlagPage extends PageOf(ExtraHoursFlag) {}

@ArgsType()
export class ExtraHoursFlagPageArgs extends PageArgs {
  @Field(() => Int, { description: 'Kalenderåret.' })
  year: number;

  @Field(() => Int, { description: 'Kvartalet, 1–4.' })
  quarter: number;

  @Field(() => ID, { nullable: true, description: 'Huvudorten; utan: alla som du når (biträdande AT/BT-chef: den egna).' })
  siteId?: string | null;
}
