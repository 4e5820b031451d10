import { randomUUID } from 'node:crypto';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '@bt/auth';
import { goalFrameworkProblems } from '@bt/domain';
import { badUserInput, PersonReference, personReference } from '@bt/subgraph';
import { GoalFramework } from './goal-framework.entity';
import { PublishGoalFrameworkInput } from './goal-framework.input';
import { Goal } from '../goal/goal.entity';
import type { EducationContext } from '../education.context';

@Resolver(() => GoalFramework)
export class GoalFrameworkResolver {
  @Authorized()
  @Query(() => [GoalFramework], { description: 'Publicerade målbeskrivningar, den gällande först.' })
  goalFrameworks(@Ctx() { dataSource }: EducationContext): Promise<GoalFramework[]> {
    return dataSource.getRepository(GoalFramework).find({ order: { publishedAt: 'DESC' } });
  }

  @Authorized(Role.DIRECTOR, Role.ADMIN_SUPPORT)
  @Mutation(() => GoalFramework, {
    description: 'Publicerar en reviderad målbeskrivning som en ny version. Äldre bedömningar och intyg behåller sin version.',
  })
  async publishGoalFramework(
    @Arg('input', () => PublishGoalFrameworkInput) input: PublishGoalFrameworkInput,
    @Ctx() { dataSource, viewer }: EducationContext,
  ): Promise<GoalFramework> {
    const published = await dataSource.getRepository(GoalFramework).find({ select: { frameworkVersion: true } });
    const problems = goalFrameworkProblems(input, published.map((framework) => framework.frameworkVersion));
    if (problems.length > 0) throw badUserInput(problems);
    const frameworkVersion = input.frameworkVersion.trim();
    return dataSource.transaction(async (manager) => {
      const framework = manager.create(GoalFramework, { frameworkVersion, publishedAt: new Date(), publishedById: viewer.id });
      await manager.insert(GoalFramework, framework);
      await manager.insert(
        Goal,
        input.goals.map((goal, index) => ({ id: randomUUID(), code: goal.code.trim(), title: goal.title.trim(), frameworkVersion, sortOrder: index + 1 })),
      );
      return framework;
    });
  }

  @FieldResolver(() => [Goal])
  goals(@Root() framework: GoalFramework, @Ctx() { loaders }: EducationContext): Promise<Goal[]> {
    return loaders.goalsByFramework.load(framework.frameworkVersion);
  }

  @FieldResolver(() => PersonReference, { nullable: true, description: 'Vem som publicerade (tom för föreskriften som följde med systemet).' })
  publishedBy(@Root() framework: GoalFramework): PersonReference | null {
    return personReference(framework.publishedById);
  }
}
