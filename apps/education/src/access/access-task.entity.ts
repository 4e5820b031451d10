import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import { AccessTaskKind } from '@bt/domain';
import { DateScalar } from '@bt/subgraph';

/**
 * ACC-1–ACC-3: one access task of a trainee, as the plan gives it (plannedAccessTasks, kept current by
 * every change of the plan: syncAccessTasks) with its tick: the day it was done, who ticked it and when.
 * A task the plan no longer gives keeps its tick and is marked as no longer needed; an unticked one goes.
 * `siteId` is the trainee's main site as employment gave it at the plan's last change (the lists per site).
 */
@Entity('access_task')
@Unique('UQ_access_task_key', ['traineeId', 'taskKey'])
@Index('IDX_access_task_site_due', ['siteId', 'dueDate'])
@ObjectType({ description: 'ACC-1–ACC-3: en uppgift före eller under BT: journalbehörighet, passerkort eller administrativ flytt, med avbockning.' })
@Directive('@key(fields: "id")')
export class AccessTask {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ type: 'varchar', length: 36 })
  traineeId: string;

  @Column({ type: 'varchar', length: 36 })
  siteId: string;

  /** The task within the trainee's (PlannedAccessTask.key): its kind and unit, or for ACC-3 its placement. */
  @Column({ type: 'varchar', length: 50 })
  taskKey: string;

  @Column({ type: 'varchar', length: 30 })
  @Field(() => AccessTaskKind)
  kind: AccessTaskKind;

  @Column({ type: 'varchar', length: 36 })
  unitId: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  placementId: string | null;

  @Column({ type: 'date' })
  @Field(() => DateScalar, { description: 'Sista dag uppgiften ska vara gjord.' })
  dueDate: string;

  @Column({ type: 'boolean' })
  @Field(() => Boolean, { description: 'Om planen fortfarande behöver uppgiften; nej när enheten eller placeringen inte längre finns i planen.' })
  needed: boolean;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Dagen uppgiften gjordes; tom innan den bockats av.' })
  doneOn: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  doneById: string | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true, description: 'När den bockades av (UTC).' })
  doneAt: Date | null;
}
