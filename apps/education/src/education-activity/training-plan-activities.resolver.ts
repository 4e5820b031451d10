import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { EducationActivity } from './education-activity.entity';
import { educationActivityLoaders } from './education-activity.loaders';
import { TrainingPlan } from '../training-plan/training-plan.entity';
import type { EducationContext } from '../education.context';

/** EDU-5: the plan holds the education activities planned for the trainee; whoever may read the plan (checked where it was read) reads them. */
@Resolver(() => TrainingPlan)
export class TrainingPlanActivitiesResolver {
  @FieldResolver(() => [EducationActivity], {
    description:
      'EDU-4, EDU-5, EDU-6: utbildningsaktiviteterna planerade för BT-läkaren, i tidsordning: hennes egna, huvudortens för alla BT-läkare eller för hennes kull under hennes BT, och de där hennes närvaro är registrerad.',
  })
  activities(@Root() plan: TrainingPlan, @Ctx() ctx: EducationContext): Promise<EducationActivity[]> {
    return educationActivityLoaders(ctx).plannedActivitiesByTrainee.load(plan.traineeId);
  }
}
