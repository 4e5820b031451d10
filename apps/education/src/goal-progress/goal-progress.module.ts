import type { SubgraphModule } from '@bt/subgraph';
import { GoalProgress } from './goal-progress.entity';
import { GoalProgressResolver } from './goal-progress.resolver';

/** EDU-11: the competence profile, a level 0–5 per goal and trainee (read on Trainee.goalProgress). */
export const goalProgressModule: SubgraphModule = {
  resolvers: [GoalProgressResolver],
  entities: [GoalProgress],
  migrations: [],
};
