import type { SubgraphModule } from '@bt/subgraph';
import './block-schedule.enums';
import { BlockScheduleResolver } from './block-schedule.resolver';

/** EDU-5, EDU-2: a cohort's block schedule and the units' trainees per month, from the read model of education. */
export const blockScheduleModule: SubgraphModule = {
  resolvers: [BlockScheduleResolver],
  entities: [],
  migrations: [],
};
