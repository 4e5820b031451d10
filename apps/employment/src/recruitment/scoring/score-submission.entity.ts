import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { Application } from '../application/application.entity';
import { Person } from '../../person/person.entity';

/** REC-4: a panel member has submitted their scores for an application; from then on they see the panel's aggregate. */
@Entity('score_submission')
export class ScoreSubmission {
  @ForeignKey(() => Application)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  applicationId: string;

  @ForeignKey(() => Person)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  personId: string;

  @Column({ type: 'datetime' })
  submittedAt: Date;
}
