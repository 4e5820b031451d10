import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@bt/auth';
import { PersonReference, personReference } from '@bt/subgraph';
import { TrainingPlan } from './training-plan.entity';
import { PlannedVacation } from './planned-vacation.entity';
import { TrainingPlanChange } from './training-plan-change.entity';
import { PlanCheck, planCheck } from './plan-check.type';
import { trainingPlanLoaders } from './training-plan.loaders';
import { trainingPlanChecks, trainingPlanOf } from './training-plan.service';
import { Placement } from '../placement/placement.entity';
import { placementLoaders } from '../placement/placement.loaders';
import { Trainee } from '../trainee/trainee.type';
import type { EducationContext } from '../education.context';

@Resolver(() => TrainingPlan)
export class TrainingPlanResolver {
  @Authorized(Permission.READ_TRAINEES)
  @Query(() => TrainingPlan, {
    nullable: true,
    description: 'EDU-5: en BT-läkares utbildningsplan med placeringar, planerad semester, kontroller och ändringslogg; tom innan ett utkast skapats.',
  })
  trainingPlan(@Arg('traineeId', () => ID) traineeId: string, @Ctx() ctx: EducationContext): Promise<TrainingPlan | null> {
    return trainingPlanOf(ctx, traineeId);
  }

  @FieldResolver(() => Trainee)
  trainee(@Root() plan: TrainingPlan): Trainee {
    return Object.assign(new Trainee(), { id: plan.traineeId });
  }

  @FieldResolver(() => [Placement], { description: 'Placeringarna i tidsordning.' })
  placements(@Root() plan: TrainingPlan, @Ctx() ctx: EducationContext): Promise<Placement[]> {
    return placementLoaders(ctx).placementsByTrainee.load(plan.traineeId);
  }

  @FieldResolver(() => [PlannedVacation], { description: 'ABS-4: planerad semester i tidsordning.' })
  vacations(@Root() plan: TrainingPlan, @Ctx() ctx: EducationContext): Promise<PlannedVacation[]> {
    return trainingPlanLoaders(ctx).vacationsByTrainee.load(plan.traineeId);
  }

  @FieldResolver(() => [PlanCheck], {
    description:
      'EDU-1, ABS-1, EMP-1: kontrollerna av planen som den är nu: minst 3 månader primärvård och 3 månader akut sjukvård, minst 6 månaders klinisk tjänstgöring, inga överlapp eller glapp utom planerad semester, hela anställningen täckt. Tom lista: allt stämmer.',
  })
  async checks(@Root() plan: TrainingPlan, @Ctx() ctx: EducationContext): Promise<PlanCheck[]> {
    return (await trainingPlanChecks(ctx, plan.traineeId)).map(planCheck);
  }

  @FieldResolver(() => [TrainingPlanChange], { description: 'EDU-5: vem som ändrade vad och när, senaste först.' })
  changes(@Root() plan: TrainingPlan, @Ctx() ctx: EducationContext): Promise<TrainingPlanChange[]> {
    return trainingPlanLoaders(ctx).changesByTrainee.load(plan.traineeId);
  }

  @FieldResolver(() => PersonReference, { nullable: true, description: 'Den som senast fastställde planen.' })
  confirmedBy(@Root() plan: TrainingPlan): PersonReference | null {
    return personReference(plan.confirmedById);
  }
}

@Resolver(() => TrainingPlanChange)
export class TrainingPlanChangeResolver {
  @FieldResolver(() => PersonReference, {
    nullable: true,
    description: 'Den som ändrade planen; saknas för utkastet som gjordes automatiskt när BT-läkaren anställdes.',
  })
  changedBy(@Root() change: TrainingPlanChange): PersonReference | null {
    return personReference(change.changedById);
  }
}
