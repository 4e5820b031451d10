import type { SubgraphModule } from '@bt/subgraph';
import { Goal } from './goal.entity';
import { GoalResolver } from './goal.resolver';
import { resolveGoalReference } from './goal.reference';

/** Goals (delmål) of the goal frameworks: versioned reference data. */
export const goalModule: SubgraphModule = {
  resolvers: [GoalResolver],
  entities: [Goal],
  migrations: [],
  references: { Goal: { __resolveReference: resolveGoalReference } },
};
