import type { SubgraphModule } from '@bt/subgraph';
import { MainSupervision } from './main-supervision.entity';
import { SupervisionResolver } from './supervision.resolver';

/** Supervision (ORG-2, EDU-7, EDU-8): each trainee's main supervisor, and whom a supervisor supervises. */
export const supervisionModule: SubgraphModule = {
  resolvers: [SupervisionResolver],
  entities: [MainSupervision],
  migrations: [],
};
