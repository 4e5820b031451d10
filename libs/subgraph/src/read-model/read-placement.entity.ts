import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A placement of a trainee as education's change feed last told it (read model; education owns placements). */
@Entity('read_placement')
@Index('IDX_read_placement_unit_start', ['unitId', 'startDate'])
export class ReadPlacement {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('IDX_read_placement_trainee')
  @Column({ type: 'varchar', length: 36 })
  traineeId: string;

  @Column({ type: 'varchar', length: 36 })
  unitId: string;

  @Index('IDX_read_placement_start')
  @Column({ type: 'date' })
  startDate: string;

  /** Inclusive last day. */
  @Column({ type: 'date' })
  endDate: string;

  /** EDU-1: the placement's kind (PlacementKind of @bt/domain); null when applied from an event older than the kind (until a replay). */
  @Column({ type: 'varchar', length: 30, nullable: true })
  kind: string | null;

  @Index('IDX_read_placement_clinical_supervisor')
  @Column({ type: 'varchar', length: 36, nullable: true })
  clinicalSupervisorId: string | null;
}
