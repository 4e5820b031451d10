import { Field, ObjectType } from 'type-graphql';
import { CheckpointKind, CheckpointStatus } from '@bt/domain';
import { DateScalar } from '@bt/subgraph';
import { CheckpointCompletion } from './checkpoint-completion.entity';
import { Placement } from '../placement/placement.entity';

/**
 * EDU-8: a checkpoint as the plan gives it (derived from the placements, never stored): its kind, its
 * placement for B, its window, where it stands today and its current record. Moving a placement moves it.
 */
@ObjectType({ description: 'EDU-8: en kontrollpunkt som planen ger den: typ, placering (B), när den ska hållas, läge i dag och registreringen.' })
export class Checkpoint {
  @Field(() => CheckpointKind)
  kind: CheckpointKind;

  @Field(() => Placement, { nullable: true, description: 'Placeringen kontrollpunkt B gäller; tom för A och C.' })
  placement: Placement | null;

  @Field(() => DateScalar, { description: 'Första dag den är aktuell.' })
  dueFrom: string;

  @Field(() => DateScalar, { description: 'Sista dag; därefter är den försenad.' })
  dueBy: string;

  @Field(() => CheckpointStatus)
  status: CheckpointStatus;

  @Field(() => CheckpointCompletion, {
    nullable: true,
    description: 'Den senaste registreringen (en rättelse ersätter den den rättar); tom innan den hållits.',
  })
  completion: CheckpointCompletion | null;

  traineeId: string;
}
