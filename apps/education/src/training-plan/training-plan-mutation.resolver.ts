import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { Permission } from '@bt/auth';
import { DateScalar, VERSION_READ } from '@bt/subgraph';
import { TrainingPlan } from './training-plan.entity';
import { PlacementChangeInput, PlacementInput, PlannedVacationInput } from './training-plan.input';
import {
  addPlannedVacation,
  confirmTrainingPlan,
  createDraftTrainingPlan,
  createPlacement,
  deletePlacement,
  deletePlannedVacation,
  splitPlacement,
  updatePlacement,
  updatePlannedVacation,
} from './training-plan.service';
import type { EducationContext } from '../education.context';

const REASON = 'EDU-2: skälet till ändringen eller avvikelsen från mallen; sparas i planens ändringslogg.';
const CHECKED =
  'Planen kontrolleras efter ändringen: överlapp och placeringar utanför anställningen nekas; övriga avvikelser visas i checks. Planen blir ett utkast igen. ORG-1: biträdande AT/BT-chefen bara för BT-läkare på sin egen huvudort.';

@Resolver()
export class TrainingPlanMutationResolver {
  @Authorized(Permission.PLAN_TRAINING)
  @Mutation(() => TrainingPlan, {
    description:
      'EDU-1, EDU-2, ABS-4: ett utkast till utbildningsplan ur regionens mall för BT-läkarens huvudort (placeringar på mallens enheter, fyra veckors sommarsemester, sista placeringen slutar med anställningen). Har BT-läkaren redan placeringar blir de utkastet. ORG-1: biträdande AT/BT-chefen bara för sin egen huvudort.',
  })
  createDraftTrainingPlan(@Arg('traineeId', () => ID) traineeId: string, @Ctx() ctx: EducationContext): Promise<TrainingPlan> {
    return createDraftTrainingPlan(ctx, traineeId);
  }

  @Authorized(Permission.PLAN_TRAINING)
  @Mutation(() => TrainingPlan, { description: `EDU-5: lägg till en placering i planen. ${CHECKED}` })
  createPlacement(
    @Arg('traineeId', () => ID) traineeId: string,
    @Arg('planVersion', () => Int, { description: VERSION_READ }) planVersion: number,
    @Arg('input', () => PlacementInput) input: PlacementInput,
    @Arg('reason', () => String, { nullable: true, description: REASON }) reason: string | undefined,
    @Ctx() ctx: EducationContext,
  ): Promise<TrainingPlan> {
    return createPlacement(ctx, traineeId, planVersion, { ...input }, reason);
  }

  @Authorized(Permission.PLAN_TRAINING)
  @Mutation(() => TrainingPlan, { description: `EDU-5: flytta, korta eller förläng en placering, eller byt dess enhet eller typ. ${CHECKED}` })
  updatePlacement(
    @Arg('id', () => ID) id: string,
    @Arg('planVersion', () => Int, { description: VERSION_READ }) planVersion: number,
    @Arg('input', () => PlacementChangeInput) input: PlacementChangeInput,
    @Arg('reason', () => String, { nullable: true, description: REASON }) reason: string | undefined,
    @Ctx() ctx: EducationContext,
  ): Promise<TrainingPlan> {
    return updatePlacement(ctx, id, planVersion, { ...input }, reason);
  }

  @Authorized(Permission.PLAN_TRAINING)
  @Mutation(() => TrainingPlan, { description: `EDU-5: dela en placering; at är första dagen i den andra delen. ${CHECKED}` })
  splitPlacement(
    @Arg('id', () => ID) id: string,
    @Arg('planVersion', () => Int, { description: VERSION_READ }) planVersion: number,
    @Arg('at', () => DateScalar) at: string,
    @Arg('reason', () => String, { nullable: true, description: REASON }) reason: string | undefined,
    @Ctx() ctx: EducationContext,
  ): Promise<TrainingPlan> {
    return splitPlacement(ctx, id, planVersion, at, reason);
  }

  @Authorized(Permission.PLAN_TRAINING)
  @Mutation(() => TrainingPlan, { description: `EDU-5: ta bort en placering ur planen. ${CHECKED}` })
  deletePlacement(
    @Arg('id', () => ID) id: string,
    @Arg('planVersion', () => Int, { description: VERSION_READ }) planVersion: number,
    @Arg('reason', () => String, { nullable: true, description: REASON }) reason: string | undefined,
    @Ctx() ctx: EducationContext,
  ): Promise<TrainingPlan> {
    return deletePlacement(ctx, id, planVersion, reason);
  }

  @Authorized(Permission.PLAN_TRAINING)
  @Mutation(() => TrainingPlan, {
    description: `ABS-4, EDU-5: lägg till planerad semester: inom anställningen, första dagen före eller samma som sista, inga dagar som redan är semester. ${CHECKED}`,
  })
  addPlannedVacation(
    @Arg('traineeId', () => ID) traineeId: string,
    @Arg('planVersion', () => Int, { description: VERSION_READ }) planVersion: number,
    @Arg('input', () => PlannedVacationInput) input: PlannedVacationInput,
    @Arg('reason', () => String, { nullable: true, description: REASON }) reason: string | undefined,
    @Ctx() ctx: EducationContext,
  ): Promise<TrainingPlan> {
    return addPlannedVacation(ctx, traineeId, planVersion, { startDate: input.startDate, endDate: input.endDate }, reason);
  }

  @Authorized(Permission.PLAN_TRAINING)
  @Mutation(() => TrainingPlan, { description: `ABS-4, EDU-5: ta bort planerad semester ur planen. ${CHECKED}` })
  deletePlannedVacation(
    @Arg('id', () => ID) id: string,
    @Arg('planVersion', () => Int, { description: VERSION_READ }) planVersion: number,
    @Arg('reason', () => String, { nullable: true, description: REASON }) reason: string | undefined,
    @Ctx() ctx: EducationContext,
  ): Promise<TrainingPlan> {
    return deletePlannedVacation(ctx, id, planVersion, reason);
  }

  @Authorized(Permission.PLAN_TRAINING)
  @Mutation(() => TrainingPlan, { description: `ABS-4: flytta planerad semester eller ändra dess längd (fyra veckor i följd på sommaren). ${CHECKED}` })
  updatePlannedVacation(
    @Arg('id', () => ID) id: string,
    @Arg('planVersion', () => Int, { description: VERSION_READ }) planVersion: number,
    @Arg('startDate', () => DateScalar, { nullable: true }) startDate: string | undefined,
    @Arg('endDate', () => DateScalar, { nullable: true, description: 'Sista dag (inklusive).' }) endDate: string | undefined,
    @Arg('reason', () => String, { nullable: true, description: REASON }) reason: string | undefined,
    @Ctx() ctx: EducationContext,
  ): Promise<TrainingPlan> {
    return updatePlannedVacation(ctx, id, planVersion, { startDate, endDate }, reason);
  }

  @Authorized(Permission.PLAN_TRAINING)
  @Mutation(() => TrainingPlan, {
    description:
      'EDU-1, EDU-2, EDU-5: studierektorn fastställer planen. Nekas under föreskrifternas minimum (3 månader primärvård, 3 månader akut sjukvård, 6 månaders klinisk tjänstgöring) och vid överlapp; en avvikelse (glapp, anställningen inte täckt) kräver ett skäl, som sparas.',
  })
  confirmTrainingPlan(
    @Arg('traineeId', () => ID) traineeId: string,
    @Arg('planVersion', () => Int, { description: VERSION_READ }) planVersion: number,
    @Arg('reason', () => String, { nullable: true, description: 'EDU-2: skälet till planens avvikelser från mallen.' }) reason: string | undefined,
    @Ctx() ctx: EducationContext,
  ): Promise<TrainingPlan> {
    return confirmTrainingPlan(ctx, traineeId, planVersion, reason);
  }
}
