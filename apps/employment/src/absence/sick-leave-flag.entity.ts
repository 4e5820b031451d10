import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { Trainee } from '../trainee/trainee.entity';

/**
 * ABS-10, ABS-11: a trainee whose sick leave is flagged today (repeated short-term sick leave, or long-term
 * absence), kept so the (deputy) Director's list pages in SQL instead of reading every sick leave of the
 * region. Refreshed for a trainee whenever their sick leave or VAB changes, and for everyone each night as
 * the window moves (sickLeaveFlagCheckJob).
 */
@Entity('sick_leave_flag')
@Index('IDX_sick_leave_flag_site', ['siteId'])
export class SickLeaveFlag {
  @ForeignKey(() => Trainee)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  traineeId: string;

  @Column({ type: 'varchar', length: 36 })
  siteId: string;

  @Column({ type: 'int' })
  shortTermPeriods: number;

  @Column({ type: 'boolean' })
  repeatedShortTerm: boolean;

  @Column({ type: 'boolean' })
  longTerm: boolean;

  @Column({ type: 'date' })
  checkedOn: string;
}
