import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PersonReference, personReference } from '@bt/subgraph';
import { GoalProgress } from './goal-progress.entity';
import { Goal } from '../goal/goal.entity';
import { goalLoaders } from '../goal/goal.loaders';
import type { EducationContext } from '../education.context';

@Resolver(() => GoalProgress)
export class GoalProgressResolver {
  @FieldResolver(() => Goal)
  goal(@Root() progress: GoalProgress, @Ctx() ctx: EducationContext): Promise<Goal | undefined> {
    return goalLoaders(ctx).goal.load(progress.goalId);
  }

  @FieldResolver(() => PersonReference, { nullable: true, description: 'Vem som satte nivån.' })
  setBy(@Root() progress: GoalProgress): PersonReference | null {
    return personReference(progress.setById);
  }
}
