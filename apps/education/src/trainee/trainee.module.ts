import type { SubgraphModule } from '@bt/subgraph';
import { Trainee } from './trainee.type';
import { TraineeEducationResolver } from './trainee.resolver';
import { resolveTraineeReference } from './trainee.reference';

/** Education's part of Trainee (owned by employment): placements, main supervisor, and competence profile. */
export const traineeModule: SubgraphModule = {
  resolvers: [TraineeEducationResolver],
  entities: [],
  migrations: [],
  // reached only through _entities, never from Query
  orphanedTypes: [Trainee],
  references: { Trainee: { __resolveReference: resolveTraineeReference } },
};
