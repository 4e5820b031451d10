import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PersonReference, personReference } from '@bt/subgraph';
import { GoalProgress } from './goal-progress.entity';
import { Goal } from '../goal/goal.entity';
import { goalLoaders } from '../goal/goal.loaders';
import { goalProgressLoaders } from './goal-progress.loaders';
import type { EducationContext } from '../education.context';

@Resolver(() => GoalProgress)
export class GoalProgressResolver {
  @FieldResolver(() => Goal)
  goal(@Root() progress: GoalProgress, @Ctx() ctx: EducationContext): Goal | Promise<Goal | undefined> {
    return progress.goal ?? goalLoaders(ctx).goal.load(progress.goalId);
  }

  @FieldResolver(() => String, { nullable: true })
  async note(@Root() progress: GoalProgress, @Ctx() ctx: EducationContext): Promise<string | null> {
    if (progress.note !== undefined) return progress.note;
    return (await goalProgressLoaders(ctx).goalProgressNote.load(progress.id))?.note ?? null;
  }

  @FieldResolver(() => PersonReference, { nullable: true, description: 'Vem som satte nivån.' })
  setBy(@Root() progress: GoalProgress): PersonReference | null {
    return personReference(progress.setById);
  }
}
