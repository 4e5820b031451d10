import './training-plan.enums';
import type { SubgraphModule } from '@bt/subgraph';
import { TrainingPlan } from './training-plan.entity';
import { PlannedVacation } from './planned-vacation.entity';
import { TrainingPlanChange } from './training-plan-change.entity';
import { TrainingPlanTemplate, TrainingPlanTemplatePlacement } from './training-plan-template.entity';
import { TrainingPlanChangeResolver, TrainingPlanResolver } from './training-plan.resolver';
import { TrainingPlanMutationResolver } from './training-plan-mutation.resolver';
import { TraineeTrainingPlanResolver } from './trainee-training-plan.resolver';
import { resolveTrainingPlanReference } from './training-plan.reference';
import { TrainingPlan1768440000001 } from './migrations/1768440000001-training-plan';
import { AutomaticDraft1768500000002 } from './migrations/1768500000002-automatic-draft';
import { PlanDraftedOn1768600000001 } from './migrations/1768600000001-plan-drafted-on';

/**
 * The individual training plan (EDU-1, EDU-2, EDU-5, ABS-4): a draft from the region's template, the
 * placements changed under the plan's version and checks, the change log, confirmation.
 */
export const trainingPlanModule: SubgraphModule = {
  resolvers: [TrainingPlanResolver, TrainingPlanChangeResolver, TrainingPlanMutationResolver, TraineeTrainingPlanResolver],
  entities: [TrainingPlan, PlannedVacation, TrainingPlanChange, TrainingPlanTemplate, TrainingPlanTemplatePlacement],
  migrations: [TrainingPlan1768440000001, AutomaticDraft1768500000002, PlanDraftedOn1768600000001],
  references: { TrainingPlan: { __resolveReference: resolveTrainingPlanReference } },
};
