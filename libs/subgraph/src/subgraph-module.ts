import type { NonEmptyArray } from 'type-graphql';
import type { ReferenceResolvers } from './build-subgraph-schema';

/**
 * A feature area of a subgraph (e.g. employment's recruitment or salary), registered in one place:
 * its resolvers, the entities and migrations of its tables, types reached only through other types,
 * and its `_entities` reference resolvers.
 */
export interface SubgraphModule {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  references?: ReferenceResolvers;
}

/** The resolvers of several modules, for buildSchema (which wants a non-empty list). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export function moduleResolvers(core: NonEmptyArray<Function>, modules: SubgraphModule[]): NonEmptyArray<Function> {
  return [...core, ...modules.flatMap((module) => module.resolvers)] as typeof core;
}
