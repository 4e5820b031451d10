import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';
import { Goal } from '../goal/goal.entity';

/** EDU-11: the level 0–5 a trainee has reached on a goal (kompetensprofil), with a note. */
@Entity('goal_progress')
@Unique(['traineeId', 'goalId'])
@ObjectType({ description: 'Nivå 0–5 per delmål (kompetensprofil), satt av huvudhandledaren.' })
export class GoalProgress {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  traineeId: string;

  @ForeignKey(() => Goal)
  @Column({ type: 'varchar', length: 36 })
  goalId: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Nivå 0–5.' })
  level: number;

  /** Long text, not read with the levels (`select: false`): loaded only when a query asks for it (GoalProgressResolver.note). */
  @Column({ type: 'text', nullable: true, select: false })
  @Field(() => String, { nullable: true })
  note?: string | null;

  @Column({ type: 'varchar', length: 36 })
  setById: string;

  @Column({ type: 'datetime' })
  @Field(() => Date, { description: 'När nivån sattes (UTC).' })
  setAt: Date;

  /** The goal, when the loader attached it (GoalProgressResolver.goal); not a column. */
  goal?: Goal;
}
