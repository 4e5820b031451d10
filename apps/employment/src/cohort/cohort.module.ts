import type { SubgraphModule } from '@bt/subgraph';
import { Cohort } from './cohort.entity';
import { CohortResolver } from './cohort.resolver';
import { CohortMutationResolver } from './cohort-mutation.resolver';
import { resolveCohortReference } from './cohort.reference';

/** Cohorts: trainees starting together at a site (ORG-1 decides who may change them). */
export const cohortModule: SubgraphModule = {
  resolvers: [CohortResolver, CohortMutationResolver],
  entities: [Cohort],
  migrations: [],
  references: { Cohort: { __resolveReference: resolveCohortReference } },
};
