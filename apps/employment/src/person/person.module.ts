import type { SubgraphModule } from '@bt/subgraph';
import { Person } from './person.entity';
import { PersonResolver } from './person.resolver';
import { PersonMutationResolver } from './person-mutation.resolver';
import { resolvePersonReference } from './person.reference';

/** Staff (ORG-2): people with their roles, site and unit. */
export const personModule: SubgraphModule = {
  resolvers: [PersonResolver, PersonMutationResolver],
  entities: [Person],
  migrations: [],
  references: { Person: { __resolveReference: resolvePersonReference } },
};
