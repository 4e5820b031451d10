import type { SubgraphModule } from '@bt/subgraph';
import { Trainee } from './trainee.type';
import { TraineeEducationResolver } from './trainee.resolver';
import { EducationTraineeIdsResolver } from './education-trainee-ids.resolver';
import { resolveTraineeReference } from './trainee.reference';

/** Education's part of Trainee (owned by employment): placements, main supervisor, competence profile, and trainee ids by those. */
export const traineeModule: SubgraphModule = {
  resolvers: [TraineeEducationResolver, EducationTraineeIdsResolver],
  entities: [],
  migrations: [],
  // reached only through _entities, never from Query
  orphanedTypes: [Trainee],
  references: { Trainee: { __resolveReference: resolveTraineeReference } },
};
