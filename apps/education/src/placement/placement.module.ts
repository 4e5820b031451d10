import './placement.enums';
import type { SubgraphModule } from '@bt/subgraph';
import { Placement } from './placement.entity';
import { PlacementResolver } from './placement.resolver';
import { resolvePlacementReference } from './placement.reference';
import { PlacementIndexes1764000000000 } from '../migrations/1764000000000-placement-indexes';

/** Placements (EDU-1, EDU-2): a trainee's periods of service at units, with their clinical supervisors. */
export const placementModule: SubgraphModule = {
  resolvers: [PlacementResolver],
  entities: [Placement],
  migrations: [PlacementIndexes1764000000000],
  // reached only through Trainee and _entities, never from Query
  orphanedTypes: [Placement],
  references: { Placement: { __resolveReference: resolvePlacementReference } },
};
