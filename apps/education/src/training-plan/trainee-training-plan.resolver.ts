import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { TrainingPlan } from './training-plan.entity';
import { trainingPlanLoaders } from './training-plan.loaders';
import { Trainee } from '../trainee/trainee.type';
import type { EducationContext } from '../education.context';

/** EDU-5: the trainee's plan on Trainee; the trainee itself was checked against the caller's scope on reference. */
@Resolver(() => Trainee)
export class TraineeTrainingPlanResolver {
  @FieldResolver(() => TrainingPlan, { nullable: true, description: 'EDU-5: den individuella utbildningsplanen; tom innan ett utkast skapats.' })
  async trainingPlan(@Root() trainee: Trainee, @Ctx() ctx: EducationContext): Promise<TrainingPlan | null> {
    return (await trainingPlanLoaders(ctx).planByTrainee.load(trainee.id)) ?? null;
  }
}
