import type { GraphQLSchema } from 'graphql';
import type { NonEmptyArray } from 'type-graphql';
import type { Job } from '@bt/jobs';
import { buildFederatedSchema, type ReferenceResolvers } from './build-subgraph-schema';

/**
 * A feature area of a subgraph (e.g. employment's cohorts, salary or recruitment), registered once in
 * the subgraph's `<subgraph>.modules.ts`: its resolvers, the entities and migrations of its tables,
 * types reached only through other types, its `_entities` reference resolvers, and its scheduled jobs
 * (run by the subgraph's job runner). The schema and the database are built from that list alone
 * (buildModuleSchema, moduleDatabase).
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
  jobs?: Job[];
}

/** The federated schema of a subgraph's modules: every module's resolvers, orphaned types and reference resolvers. */
export function buildModuleSchema(modules: readonly SubgraphModule[]): Promise<GraphQLSchema> {
  const resolvers = modules.flatMap((module) => module.resolvers);
  if (resolvers.length === 0) throw new Error('A subgraph needs at least one module with a resolver.');
  return buildFederatedSchema(
    {
      // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
      resolvers: resolvers as NonEmptyArray<Function>,
      orphanedTypes: modules.flatMap((module) => module.orphanedTypes ?? []),
    },
    Object.assign({}, ...modules.map((module) => module.references ?? {})),
  );
}

/** A subgraph's database (as @bt/database opens it): every module's entities and migrations. */
export function moduleDatabase(subgraph: string, modules: readonly SubgraphModule[]) {
  return {
    subgraph,
    entities: modules.flatMap((module) => module.entities),
    migrations: modules.flatMap((module) => module.migrations),
  };
}
