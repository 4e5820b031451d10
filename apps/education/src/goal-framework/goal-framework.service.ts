import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { frameworkVersionPublishedProblem, goalFrameworkProblems } from '@bt/domain';
import { isUniqueViolation } from '@bt/database';
import { badUserInput, type Actor } from '@bt/subgraph';
import { GoalFramework } from './goal-framework.entity';
import type { PublishGoalFrameworkInput } from './goal-framework.input';
import { Goal } from '../goal/goal.entity';

/** Every published goal framework, the one in force (published last) first. */
export function goalFrameworks(dataSource: DataSource): Promise<GoalFramework[]> {
  return dataSource.getRepository(GoalFramework).find({ order: { publishedAt: 'DESC' } });
}

/** The framework in force: the one published last. */
export async function currentFrameworkVersion(dataSource: DataSource): Promise<string | undefined> {
  const [latest] = await dataSource.getRepository(GoalFramework).find({ order: { publishedAt: 'DESC' }, take: 1 });
  return latest?.frameworkVersion;
}

/**
 * Publishes a revised goal framework as a new version with its goals, in one transaction; a published
 * version is never changed, so older assessments and certificates keep theirs. Two publications of
 * one version at once: the version's key lets one in, the other is refused as already published.
 */
export async function publishGoalFramework(dataSource: DataSource, actor: Actor, input: PublishGoalFrameworkInput): Promise<GoalFramework> {
  const published = await dataSource.getRepository(GoalFramework).find({ select: { frameworkVersion: true } });
  const problems = goalFrameworkProblems(
    input,
    published.map((framework) => framework.frameworkVersion),
  );
  if (problems.length > 0) throw badUserInput(problems);
  const frameworkVersion = input.frameworkVersion.trim();
  try {
    return await dataSource.transaction(async (manager) => {
      const framework = manager.create(GoalFramework, { frameworkVersion, publishedAt: new Date(), publishedById: actor.viewer.id });
      await manager.insert(GoalFramework, framework);
      await manager.insert(
        Goal,
        input.goals.map((goal, index) => ({ id: randomUUID(), code: goal.code.trim(), title: goal.title.trim(), frameworkVersion, sortOrder: index + 1 })),
      );
      return framework;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw badUserInput([frameworkVersionPublishedProblem(frameworkVersion)]);
    throw error;
  }
}
