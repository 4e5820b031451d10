import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import { CheckpointKind } from '@bt/domain';

/** EDU-8: one item of a checkpoint's checklist, as the region's configuration (loaded for Kronoberg from seed 004 by tools/seed). */
@Entity('checkpoint_checklist_item')
@Unique('UQ_checkpoint_checklist_item_position', ['kind', 'position'])
@ObjectType({ description: 'EDU-8: en punkt på kontrollpunktens checklista (regionens konfiguration).' })
export class CheckpointChecklistItem {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ type: 'varchar', length: 1 })
  @Field(() => CheckpointKind)
  kind: CheckpointKind;

  @Column({ type: 'integer' })
  @Field(() => Int, { description: 'Ordningen på checklistan.' })
  position: number;

  @Column({ type: 'varchar', length: 500 })
  @Field(() => String, { description: 'Vad som gås igenom.' })
  text: string;
}
