import './viewer.enums';
import type { SubgraphModule } from '@bt/subgraph';
import { ViewerResolver } from './viewer.resolver';

/** The signed-in caller (roles and permissions from the permission table) and the server's today. */
export const viewerModule: SubgraphModule = {
  resolvers: [ViewerResolver],
  entities: [],
  migrations: [],
};
