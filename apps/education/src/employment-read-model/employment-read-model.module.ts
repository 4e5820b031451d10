import { ReadModelCursor, type SubgraphModule } from '@bt/subgraph';
import { ReadTrainee } from './read-trainee.entity';
import { EmploymentReadModel1768500000001 } from './migrations/1768500000001-employment-read-model';

/** Education's read model of employment's trainees (their BT period and main site), kept from employment's change feed. */
export const employmentReadModelModule: SubgraphModule = {
  resolvers: [],
  entities: [ReadTrainee, ReadModelCursor],
  migrations: [EmploymentReadModel1768500000001],
};
