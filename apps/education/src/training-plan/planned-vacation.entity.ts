import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateScalar } from '@bt/subgraph';

/** ABS-4: vacation planned in a trainee's plan (the summer's four consecutive weeks): no placement, and no gap. */
@Entity('planned_vacation')
@Index('IDX_planned_vacation_trainee', ['traineeId'])
@ObjectType({ description: 'ABS-4: planerad semester i utbildningsplanen.' })
export class PlannedVacation {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ type: 'varchar', length: 36 })
  traineeId: string;

  @Column({ type: 'date' })
  @Field(() => DateScalar)
  startDate: string;

  @Column({ type: 'date' })
  @Field(() => DateScalar, { description: 'Sista dag (inklusive).' })
  endDate: string;
}
