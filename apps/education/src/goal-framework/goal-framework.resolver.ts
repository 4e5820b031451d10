import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@bt/auth';
import { PersonReference, personReference } from '@bt/subgraph';
import { GoalFramework } from './goal-framework.entity';
import { PublishGoalFrameworkInput } from './goal-framework.input';
import { goalFrameworks, publishGoalFramework } from './goal-framework.service';
import { Goal } from '../goal/goal.entity';
import { goalLoaders } from '../goal/goal.loaders';
import type { EducationContext } from '../education.context';

@Resolver(() => GoalFramework)
export class GoalFrameworkResolver {
  @Authorized(Permission.READ_ORGANISATION)
  @Query(() => [GoalFramework], { description: 'Publicerade målbeskrivningar, den gällande först.' })
  goalFrameworks(@Ctx() { dataSource }: EducationContext): Promise<GoalFramework[]> {
    return goalFrameworks(dataSource);
  }

  @Authorized(Permission.PUBLISH_GOAL_FRAMEWORK)
  @Mutation(() => GoalFramework, {
    description: 'Publicerar en reviderad målbeskrivning som en ny version. Äldre bedömningar och intyg behåller sin version.',
  })
  publishGoalFramework(
    @Arg('input', () => PublishGoalFrameworkInput) input: PublishGoalFrameworkInput,
    @Ctx() { dataSource, viewer, today }: EducationContext,
  ): Promise<GoalFramework> {
    return publishGoalFramework(dataSource, { viewer, today }, input);
  }

  @FieldResolver(() => [Goal])
  goals(@Root() framework: GoalFramework, @Ctx() ctx: EducationContext): Promise<Goal[]> {
    return goalLoaders(ctx).goalsByFramework.load(framework.frameworkVersion);
  }

  @FieldResolver(() => PersonReference, { nullable: true, description: 'Vem som publicerade (tom för föreskriften som följde med systemet).' })
  publishedBy(@Root() framework: GoalFramework): PersonReference | null {
    return personReference(framework.publishedById);
  }
}
