import type { DataSource } from 'typeorm';
import { Goal } from './goal.entity';
import { currentFrameworkVersion } from '../goal-framework/goal-framework.service';

/** The goals of a framework version in order; without a version, of the framework in force. */
export async function frameworkGoals(dataSource: DataSource, frameworkVersion: string | undefined): Promise<Goal[]> {
  const version = frameworkVersion ?? (await currentFrameworkVersion(dataSource));
  return version ? dataSource.getRepository(Goal).find({ where: { frameworkVersion: version }, order: { sortOrder: 'ASC' } }) : [];
}
