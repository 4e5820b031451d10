import { loadManyBy, loadOneBy, perRequest } from '@bt/subgraph';
import { GoalProgress } from './goal-progress.entity';
import { Goal } from '../goal/goal.entity';
import { goalLoaders } from '../goal/goal.loaders';
import type { EducationContext } from '../education.context';

/**
 * EDU-11: each trainee's competence profile, one statement per request, each level with its goal
 * attached (one more statement for the goals of the whole batch), so a profile of 18 levels per trainee
 * answers `goal` without a promise per level; the notes (TEXT) in a statement of their own, only when asked for.
 */
export const goalProgressLoaders = perRequest((ctx: EducationContext) => ({
  goalProgressByTrainee: loadManyBy(ctx.dataSource, GoalProgress, 'traineeId', undefined, async (levels) => {
    const goals = await goalLoaders(ctx).goal.loadMany([...new Set(levels.map((level) => level.goalId))]);
    const byId = new Map(goals.filter((goal): goal is Goal => goal instanceof Goal).map((goal) => [goal.id, goal]));
    for (const level of levels) level.goal = byId.get(level.goalId);
  }),
  goalProgressNote: loadOneBy(ctx.dataSource, GoalProgress, 'id', { note: true }),
}));
