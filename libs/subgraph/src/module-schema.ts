import type { GraphQLSchema } from 'graphql';
import type { NonEmptyArray } from 'type-graphql';
import { buildFederatedSchema } from './build-subgraph-schema';
import type { SubgraphModule } from './subgraph-module';

/** The schema of a subgraph made of feature modules only: their resolvers, orphaned types and reference resolvers. */
export function buildModulesSchema(modules: readonly SubgraphModule[]): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
      resolvers: modules.flatMap((module) => module.resolvers) as NonEmptyArray<Function>,
      orphanedTypes: modules.flatMap((module) => module.orphanedTypes ?? []),
    },
    Object.assign({}, ...modules.map((module) => module.references ?? {})),
  );
}
