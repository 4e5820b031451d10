import type { SubgraphModule } from '@bt/subgraph';
import { Trainee } from './trainee.entity';
import { TraineeResolver } from './trainee.resolver';
import { TraineeMutationResolver } from './trainee-mutation.resolver';
import { resolveTraineeReference } from './trainee.reference';
import { TraineeSwedishNameIndex1768100000000 } from './migrations/1768100000000-trainee-swedish-name-index';
import { TraineeDataVersion } from './trainee-data-version.entity';
import { TraineeDataVersion1768430000000 } from './migrations/1768430000000-trainee-data-version';
import { TraineeStUnit1768531000000 } from './migrations/1768531000000-trainee-st-unit';
import { TraineeIdentityIndex1769610000000 } from './migrations/1769610000000-trainee-identity-index';
import { TraineeSiteDatesIndex1768900000000 } from './migrations/1768900000000-trainee-site-dates-index';

/** Trainees (BT-läkare) and their employment (EMP-1), within each caller's row scope. */
export const traineeModule: SubgraphModule = {
  resolvers: [TraineeResolver, TraineeMutationResolver],
  entities: [Trainee, TraineeDataVersion],
  migrations: [
    TraineeSwedishNameIndex1768100000000,
    TraineeDataVersion1768430000000,
    TraineeStUnit1768531000000,
    TraineeSiteDatesIndex1768900000000,
    TraineeIdentityIndex1769610000000,
  ],
  references: { Trainee: { __resolveReference: resolveTraineeReference } },
};
