import type { SubgraphModule } from '@bt/subgraph';
import { GoalFramework } from './goal-framework.entity';
import { GoalFrameworkResolver } from './goal-framework.resolver';
import { GoalFrameworks1763900000000 } from '../migrations/1763900000000-goal-frameworks';

/** Published goal frameworks (målbeskrivningar): the newest is in force, none is ever changed. */
export const goalFrameworkModule: SubgraphModule = {
  resolvers: [GoalFrameworkResolver],
  entities: [GoalFramework],
  migrations: [GoalFrameworks1763900000000],
};
