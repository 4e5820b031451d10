import { Permission } from '@bt/auth';
import { assertTraineeVisible, guardReference } from '@bt/subgraph';
import { TrainingPlan } from './training-plan.entity';
import type { EducationContext } from '../education.context';

export const resolveTrainingPlanReference = guardReference(
  Permission.READ_TRAINEES,
  async (reference: { id: string }, ctx: EducationContext): Promise<TrainingPlan | null> => {
    const plan = await ctx.dataSource.getRepository(TrainingPlan).findOneBy({ id: reference.id });
    if (plan) await assertTraineeVisible(ctx, plan.traineeId, 'Du får inte se den här utbildningsplanen.');
    return plan;
  },
);
