import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { GoalProgress } from './goal-progress.entity';
import { Goal } from '../goal/goal.entity';
import { PersonReference, personReference } from '@bt/subgraph';
import type { EducationContext } from '../education.context';

@Resolver(() => GoalProgress)
export class GoalProgressResolver {
  @FieldResolver(() => Goal)
  goal(@Root() progress: GoalProgress, @Ctx() { loaders }: EducationContext): Promise<Goal | undefined> {
    return loaders.goal.load(progress.goalId);
  }

  @FieldResolver(() => PersonReference, { nullable: true, description: 'Vem som satte nivån.' })
  setBy(@Root() progress: GoalProgress): PersonReference | null {
    return personReference(progress.setById);
  }
}
