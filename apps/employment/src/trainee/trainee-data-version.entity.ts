import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row that every write to trainees or cohorts moves on, in its own transaction: with the read
 * model's cursor, the version of everything the trainee counts count (trainee-counts.ts).
 */
@Entity('trainee_data_version')
export class TraineeDataVersion {
  @PrimaryColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'integer' })
  version: number;
}
