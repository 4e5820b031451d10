import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, PageOf } from '@bt/subgraph';
import { BlockPeriodKind, BlockPlanStatus } from './block-schedule.enums';
import { Trainee } from '../trainee/trainee.entity';
import { Unit } from '../unit/unit.entity';

@ObjectType({ description: 'EDU-5, ABS-4: en period i en BT-läkares blockschema: en placering eller planerad semester.' })
export class BlockPeriod {
  @Field(() => BlockPeriodKind, {
    nullable: true,
    description: 'Placeringens typ eller VACATION; tom för en placering som läsmodellen fick innan typen kom med (tills läsmodellen byggs om).',
  })
  kind: BlockPeriodKind | null;

  @Field(() => Unit, { nullable: true, description: 'Enheten; tom för semester.' })
  unit: Unit | null;

  @Field(() => DateScalar)
  startDate: string;

  @Field(() => DateScalar, { description: 'Sista dag (inklusive).' })
  endDate: string;

  @Field(() => ID, { nullable: true, description: 'Placeringens id (Placement hos education); tomt för semester.' })
  placementId: string | null;
}

@ObjectType({ description: 'EDU-5: en rad i kullens blockschema: BT-läkaren, planens läge och perioderna i tidsordning.' })
export class BlockScheduleRow {
  @Field(() => Trainee)
  trainee: Trainee;

  @Field(() => BlockPlanStatus)
  planStatus: BlockPlanStatus;

  @Field(() => [BlockPeriod], { description: 'Placeringar och planerad semester, i tidsordning.' })
  periods: BlockPeriod[];
}

@ObjectType({ description: 'EDU-5: en sida av kullens blockschema, i namnordning, och hur många BT-läkare det har på alla sidor.' })
export class BlockSchedulePage extends PageOf(BlockScheduleRow) {}

@ObjectType({ description: 'EDU-2: hur många BT-läkare en enhet har under en månad.' })
export class UnitMonthCount {
  @Field(() => DateScalar, { description: 'Månadens första dag.' })
  month: string;

  @Field(() => Int, { description: 'BT-läkare med en placering på enheten som har minst en dag i månaden.' })
  trainees: number;
}

@ObjectType({ description: 'EDU-2: en enhets beläggning med BT-läkare per månad, för att jämka huvudorternas planer.' })
export class UnitCapacity {
  @Field(() => Unit)
  unit: Unit;

  @Field(() => [UnitMonthCount], { description: 'En post per månad i den efterfrågade perioden, i tidsordning (även de utan BT-läkare).' })
  months: UnitMonthCount[];
}
