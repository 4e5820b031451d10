import type { SubgraphModule } from '@bt/subgraph';
import { Trainee } from './trainee.entity';
import { TraineeResolver } from './trainee.resolver';
import { TraineeMutationResolver } from './trainee-mutation.resolver';
import { resolveTraineeReference } from './trainee.reference';

/** Trainees (BT-läkare) and their employment (EMP-1), within each caller's row scope. */
export const traineeModule: SubgraphModule = {
  resolvers: [TraineeResolver, TraineeMutationResolver],
  entities: [Trainee],
  migrations: [],
  references: { Trainee: { __resolveReference: resolveTraineeReference } },
};
