import type { DataSource } from 'typeorm';
import { GoalFramework } from './goal-framework.entity';

/** The framework in force: the one published last. */
export async function currentFrameworkVersion(dataSource: DataSource): Promise<string | undefined> {
  const [latest] = await dataSource.getRepository(GoalFramework).find({ order: { publishedAt: 'DESC' }, take: 1 });
  return latest?.frameworkVersion;
}
