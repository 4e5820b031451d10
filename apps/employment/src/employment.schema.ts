import './employment.enums';
import { buildFederatedSchema } from '@bt/subgraph';
import { SiteResolver } from './site/site.resolver';
import { UnitResolver } from './unit/unit.resolver';
import { PersonResolver } from './person/person.resolver';
import { CohortResolver } from './cohort/cohort.resolver';
import { TraineeResolver } from './trainee/trainee.resolver';
import { resolveSiteReference } from './site/site.reference';
import { resolveUnitReference } from './unit/unit.reference';
import { resolvePersonReference } from './person/person.reference';
import { resolveCohortReference } from './cohort/cohort.reference';
import { resolveTraineeReference } from './trainee/trainee.reference';

export function buildEmploymentSchema() {
  return buildFederatedSchema(
    { resolvers: [SiteResolver, UnitResolver, PersonResolver, CohortResolver, TraineeResolver] },
    {
      Site: { __resolveReference: resolveSiteReference },
      Unit: { __resolveReference: resolveUnitReference },
      Person: { __resolveReference: resolvePersonReference },
      Cohort: { __resolveReference: resolveCohortReference },
      Trainee: { __resolveReference: resolveTraineeReference },
    },
  );
}
