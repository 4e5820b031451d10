import { Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { InterviewSlot } from './interview-slot.entity';
import { Person } from '../../person/person.entity';

/** REC-9: a member of the round's interview panel who sits in on the interview of one slot. */
@Entity('interview_slot_panel')
export class InterviewSlotPanel {
  @ForeignKey(() => InterviewSlot)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  slotId: string;

  @ForeignKey(() => Person)
  @Index('IDX_interview_slot_panel_person')
  @PrimaryColumn({ type: 'varchar', length: 36 })
  personId: string;
}
