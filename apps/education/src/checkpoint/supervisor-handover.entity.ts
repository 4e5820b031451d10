import { Directive, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { HeldMeeting } from './held-meeting';

/**
 * EDU-8: a handover (handledaravstämning) at a change of placement: between which placements, on
 * which day, who took part (the main supervisor and the outgoing and incoming clinical supervisors as
 * they were appointed on recording), a note, who recorded it and when. Never changed.
 */
@Entity('supervisor_handover')
@Index('IDX_supervisor_handover_trainee', ['traineeId', 'heldOn'])
@ObjectType({ description: 'EDU-8: handledaravstämning vid byte av placering.' })
@Directive('@key(fields: "id")')
export class SupervisorHandover extends HeldMeeting {
  @Column({ type: 'varchar', length: 36 })
  fromPlacementId: string;

  @Column({ type: 'varchar', length: 36 })
  toPlacementId: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  mainSupervisorId: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  outgoingSupervisorId: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  incomingSupervisorId: string | null;
}
