import type { SubgraphModule } from '@bt/subgraph';
import { Trainee } from './trainee.type';
import { TraineeCertificationResolver } from './trainee.resolver';
import { resolveTraineeReference } from './trainee.reference';

/** Certification's part of Trainee (owned by employment): the trainee's certificates. */
export const traineeModule: SubgraphModule = {
  resolvers: [TraineeCertificationResolver],
  entities: [],
  migrations: [],
  // reached only through _entities, never from Query
  orphanedTypes: [Trainee],
  references: { Trainee: { __resolveReference: resolveTraineeReference } },
};
