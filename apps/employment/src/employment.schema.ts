import './employment.enums';
import { buildFederatedSchema, moduleResolvers } from '@bt/subgraph';
import { EMPLOYMENT_MODULES } from './employment.modules';
import { SiteResolver } from './site/site.resolver';
import { UnitResolver } from './unit/unit.resolver';
import { PersonResolver } from './person/person.resolver';
import { CohortResolver } from './cohort/cohort.resolver';
import { TraineeResolver } from './trainee/trainee.resolver';
import { CohortMutationResolver } from './cohort/cohort-mutation.resolver';
import { TraineeMutationResolver } from './trainee/trainee-mutation.resolver';
import { UnitMutationResolver } from './unit/unit-mutation.resolver';
import { PersonMutationResolver } from './person/person-mutation.resolver';
import { SiteOverviewResolver } from './site/site-overview.resolver';
import { resolveSiteReference } from './site/site.reference';
import { resolveUnitReference } from './unit/unit.reference';
import { resolvePersonReference } from './person/person.reference';
import { resolveCohortReference } from './cohort/cohort.reference';
import { resolveTraineeReference } from './trainee/trainee.reference';

export function buildEmploymentSchema() {
  return buildFederatedSchema(
    {
      resolvers: moduleResolvers(
        [
          SiteResolver,
          SiteOverviewResolver,
          UnitResolver,
          UnitMutationResolver,
          PersonResolver,
          PersonMutationResolver,
          CohortResolver,
          CohortMutationResolver,
          TraineeResolver,
          TraineeMutationResolver,
        ],
        EMPLOYMENT_MODULES,
      ),
      orphanedTypes: EMPLOYMENT_MODULES.flatMap((module) => module.orphanedTypes ?? []),
    },
    {
      Site: { __resolveReference: resolveSiteReference },
      Unit: { __resolveReference: resolveUnitReference },
      Person: { __resolveReference: resolvePersonReference },
      Cohort: { __resolveReference: resolveCohortReference },
      Trainee: { __resolveReference: resolveTraineeReference },
      ...Object.assign({}, ...EMPLOYMENT_MODULES.map((module) => module.references ?? {})),
    },
  );
}
