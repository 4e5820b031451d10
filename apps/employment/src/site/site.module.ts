import type { SubgraphModule } from '@bt/subgraph';
import { Site } from './site.entity';
import { SiteResolver } from './site.resolver';
import { SiteOverviewResolver } from './site-overview.resolver';
import { resolveSiteReference } from './site.reference';

/** Sites (ORG-1: Växjö and Ljungby) and the start page's overview per site. */
export const siteModule: SubgraphModule = {
  resolvers: [SiteResolver, SiteOverviewResolver],
  entities: [Site],
  migrations: [],
  references: { Site: { __resolveReference: resolveSiteReference } },
};
