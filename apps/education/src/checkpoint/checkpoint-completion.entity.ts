import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import { CheckpointKind } from '@bt/domain';
import { HeldMeeting } from './held-meeting';

/**
 * EDU-8: a checkpoint held and recorded by the main supervisor (or a director of studies): the day it
 * was held, who recorded it and when, a note; its ticked items in checkpoint_completion_item. Never
 * changed: a correction is a new record with the next `sequence` that names the one it corrects.
 */
@Entity('checkpoint_completion')
@Unique('UQ_checkpoint_completion_sequence', ['traineeId', 'checkpointKey', 'sequence'])
@ObjectType({
  description:
    'EDU-8: en registrerad kontrollpunkt: när den hölls, vem som registrerade den, avbockade punkter och en anteckning. Ändras aldrig; en rättelse är en ny registrering.',
})
@Directive('@key(fields: "id")')
export class CheckpointCompletion extends HeldMeeting {
  @Column({ type: 'varchar', length: 1 })
  @Field(() => CheckpointKind)
  kind: CheckpointKind;

  @Column({ type: 'varchar', length: 36, nullable: true })
  placementId: string | null;

  /** The checkpoint within the trainee's plan (checkpointKey of @bt/domain): the kind, and for B its placement. */
  @Column({ type: 'varchar', length: 40 })
  checkpointKey: string;

  @Column({ type: 'integer' })
  @Field(() => Int, { description: '1 för den första registreringen, sedan 2, 3 … för rättelser.' })
  sequence: number;

  @Column({ type: 'varchar', length: 36, nullable: true })
  correctsId: string | null;
}

/** EDU-8: an item ticked in a checkpoint record. */
@Entity('checkpoint_completion_item')
export class CheckpointCompletionItem {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  completionId: string;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  itemId: string;
}
