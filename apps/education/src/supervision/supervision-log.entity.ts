import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ActorRecord } from '@bt/subgraph';

/** What was done: a main supervisor appointed or ended, a placement's clinical supervisor set (EDU-7, ORG-2). */
export type SupervisionAction = 'ASSIGN_MAIN_SUPERVISOR' | 'END_MAIN_SUPERVISION' | 'SET_CLINICAL_SUPERVISOR';

/**
 * EDU-7, ORG-2: the record of every supervisor appointment in education: who did it, when, from which
 * request and address, who was appointed instead of whom, and the codes of the warnings it was saved
 * with (a supervisor without supervisor training stays visible as such). Never changed.
 */
@Entity('supervision_log')
@Index('IDX_supervision_log_trainee', ['traineeId', 'occurredAt'])
export class SupervisionLog extends ActorRecord {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 40 })
  action: SupervisionAction;

  @Column({ type: 'varchar', length: 36 })
  traineeId: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  placementId: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  personId: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  previousPersonId: string | null;

  @Column({ type: 'date', nullable: true })
  fromDate: string | null;

  /** The codes of the warnings, comma-separated. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  warnings: string | null;
}
