import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { EducationActivity } from './education-activity.entity';
import { traineeActivities } from './education-activity.service';
import { TrainingPlan } from '../training-plan/training-plan.entity';
import type { EducationContext } from '../education.context';

/** EDU-5: the plan holds the trainee's education activities. */
@Resolver(() => TrainingPlan)
export class TrainingPlanActivitiesResolver {
  @FieldResolver(() => [EducationActivity], {
    description: 'EDU-5, EDU-6: BT-läkarens egna utbildningsaktiviteter och de där hennes närvaro är registrerad, i tidsordning.',
  })
  activities(@Root() plan: TrainingPlan, @Ctx() ctx: EducationContext): Promise<EducationActivity[]> {
    return traineeActivities(ctx, plan.traineeId);
  }
}
