import type { SubgraphModule } from '@bt/subgraph';
import { MainSupervision } from './main-supervision.entity';
import { SupervisionLog } from './supervision-log.entity';
import { SupervisionMutationResolver } from './supervision-mutation.resolver';
import { TraineeSupervisionResolver } from './trainee-supervision.resolver';
import { SupervisionLog1768450000002 } from './migrations/1768450000002-supervision-log';

/**
 * Supervision (ORG-2, EDU-7, EDU-8): each trainee's main supervisor and the placements' clinical
 * supervisors, appointed with the supervisor requirements checked against employment's register (whom a
 * supervisor supervises: EDUCATION_SUPERVISION_TABLES).
 */
export const supervisionModule: SubgraphModule = {
  resolvers: [SupervisionMutationResolver, TraineeSupervisionResolver],
  entities: [MainSupervision, SupervisionLog],
  migrations: [SupervisionLog1768450000002],
};
