import type { SubgraphModule } from '@bt/subgraph';
import { Unit } from './unit.entity';
import { UnitResolver } from './unit.resolver';
import { UnitMutationResolver } from './unit-mutation.resolver';
import { resolveUnitReference } from './unit.reference';
import { UnitPrivatePrimaryCare1769100000000 } from './migrations/1769100000000-unit-private-primary-care';

/** Units (ORG-3): clinics and vårdcentraler with their head of unit and BT lead. */
export const unitModule: SubgraphModule = {
  resolvers: [UnitResolver, UnitMutationResolver],
  entities: [Unit],
  migrations: [UnitPrivatePrimaryCare1769100000000],
  references: { Unit: { __resolveReference: resolveUnitReference } },
};
