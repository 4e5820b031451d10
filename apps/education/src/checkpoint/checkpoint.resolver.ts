import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PersonReference, personReference } from '@bt/subgraph';
import { Checkpoint } from './checkpoint.type';
import { CheckpointChecklistItem } from './checklist-item.entity';
import { CheckpointCompletion } from './checkpoint-completion.entity';
import { SupervisorHandover } from './supervisor-handover.entity';
import { checkpointLoaders } from './checkpoint.loaders';
import { checkpointsOf, overdueCheckpointsOf } from './checkpoint.service';
import { Placement } from '../placement/placement.entity';
import { placementLoaders } from '../placement/placement.loaders';
import { Trainee } from '../trainee/trainee.type';
import { TrainingPlan } from '../training-plan/training-plan.entity';
import type { EducationContext } from '../education.context';

const placementById = (ctx: EducationContext, id: string | null) =>
  id
    ? placementLoaders(ctx)
        .placement.load(id)
        .then((p) => p ?? null)
    : null;

/** EDU-8: the plan's checkpoints (the plan itself was checked against the caller's scope). */
@Resolver(() => TrainingPlan)
export class TrainingPlanCheckpointResolver {
  @FieldResolver(() => [Checkpoint], {
    description:
      'EDU-8: kontrollpunkterna som placeringarna ger dem, i ordning efter sista dag: A vid start (inom 14 dagar), B per placering (21–14 dagar före sista dagen), C inför slutbedömningen (8–4 veckor före planens slut).',
  })
  checkpoints(@Root() plan: TrainingPlan, @Ctx() ctx: EducationContext): Promise<Checkpoint[]> {
    return checkpointsOf(ctx, plan.traineeId);
  }
}

/** EDU-8: a trainee's overdue checkpoints and handovers (the trainee was checked against the caller's scope on reference). */
@Resolver(() => Trainee)
export class TraineeCheckpointResolver {
  @FieldResolver(() => [Checkpoint], { description: 'EDU-8: kontrollpunkter vars sista dag passerat utan registrering (arbetslistor).' })
  overdueCheckpoints(@Root() trainee: Trainee, @Ctx() ctx: EducationContext): Promise<Checkpoint[]> {
    return overdueCheckpointsOf(ctx, trainee.id);
  }

  @FieldResolver(() => [SupervisorHandover], { description: 'EDU-8: handledaravstämningarna vid byte av placering, i tidsordning.' })
  handovers(@Root() trainee: Trainee, @Ctx() ctx: EducationContext): Promise<SupervisorHandover[]> {
    return checkpointLoaders(ctx).handoversByTrainee.load(trainee.id);
  }
}

@Resolver(() => Checkpoint)
export class CheckpointResolver {
  @FieldResolver(() => [CheckpointChecklistItem], { description: 'Kontrollpunktens checklista.' })
  checklist(@Root() checkpoint: Checkpoint, @Ctx() ctx: EducationContext): Promise<CheckpointChecklistItem[]> {
    return checkpointLoaders(ctx).checklistByKind.load(checkpoint.kind);
  }
}

@Resolver(() => CheckpointCompletion)
export class CheckpointCompletionResolver {
  @FieldResolver(() => Trainee)
  trainee(@Root() completion: CheckpointCompletion): Trainee {
    return Object.assign(new Trainee(), { id: completion.traineeId });
  }

  @FieldResolver(() => Placement, { nullable: true, description: 'Placeringen (B).' })
  placement(@Root() completion: CheckpointCompletion, @Ctx() ctx: EducationContext): Promise<Placement | null> | null {
    return placementById(ctx, completion.placementId);
  }

  @FieldResolver(() => [CheckpointChecklistItem], { description: 'De avbockade punkterna.' })
  async items(@Root() completion: CheckpointCompletion, @Ctx() ctx: EducationContext): Promise<CheckpointChecklistItem[]> {
    const [ticked, checklist] = await Promise.all([
      checkpointLoaders(ctx).itemsByCompletion.load(completion.id),
      checkpointLoaders(ctx).checklistByKind.load(completion.kind),
    ]);
    const ids = new Set(ticked.map((item) => item.itemId));
    return checklist.filter((item) => ids.has(item.id));
  }

  @FieldResolver(() => CheckpointCompletion, { nullable: true, description: 'Registreringen som den här rättar.' })
  async corrects(@Root() completion: CheckpointCompletion, @Ctx() ctx: EducationContext): Promise<CheckpointCompletion | null> {
    return completion.correctsId ? ((await checkpointLoaders(ctx).completion.load(completion.correctsId)) ?? null) : null;
  }

  @FieldResolver(() => PersonReference, { description: 'Den som registrerade.' })
  recordedBy(@Root() completion: CheckpointCompletion): PersonReference | null {
    return personReference(completion.recordedById);
  }
}

@Resolver(() => SupervisorHandover)
export class SupervisorHandoverResolver {
  @FieldResolver(() => Trainee)
  trainee(@Root() handover: SupervisorHandover): Trainee {
    return Object.assign(new Trainee(), { id: handover.traineeId });
  }

  @FieldResolver(() => Placement, { nullable: true, description: 'Placeringen som avslutades.' })
  fromPlacement(@Root() handover: SupervisorHandover, @Ctx() ctx: EducationContext): Promise<Placement | null> | null {
    return placementById(ctx, handover.fromPlacementId);
  }

  @FieldResolver(() => Placement, { nullable: true, description: 'Placeringen som följde.' })
  toPlacement(@Root() handover: SupervisorHandover, @Ctx() ctx: EducationContext): Promise<Placement | null> | null {
    return placementById(ctx, handover.toPlacementId);
  }

  @FieldResolver(() => PersonReference, { nullable: true, description: 'Huvudansvarig handledare.' })
  mainSupervisor(@Root() handover: SupervisorHandover): PersonReference | null {
    return personReference(handover.mainSupervisorId);
  }

  @FieldResolver(() => PersonReference, { nullable: true, description: 'Klinisk handledare på placeringen som avslutades.' })
  outgoingSupervisor(@Root() handover: SupervisorHandover): PersonReference | null {
    return personReference(handover.outgoingSupervisorId);
  }

  @FieldResolver(() => PersonReference, { nullable: true, description: 'Klinisk handledare på placeringen som följde.' })
  incomingSupervisor(@Root() handover: SupervisorHandover): PersonReference | null {
    return personReference(handover.incomingSupervisorId);
  }

  @FieldResolver(() => PersonReference, { description: 'Den som registrerade.' })
  recordedBy(@Root() handover: SupervisorHandover): PersonReference | null {
    return personReference(handover.recordedById);
  }
}
