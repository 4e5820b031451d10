import type { SubgraphModule } from '@bt/subgraph';
import { Unit } from './unit.entity';
import { UnitResolver } from './unit.resolver';
import { UnitMutationResolver } from './unit-mutation.resolver';
import { resolveUnitReference } from './unit.reference';

/** Units (ORG-3): clinics and vårdcentraler with their head of unit and BT lead. */
export const unitModule: SubgraphModule = {
  resolvers: [UnitResolver, UnitMutationResolver],
  entities: [Unit],
  migrations: [],
  references: { Unit: { __resolveReference: resolveUnitReference } },
};
