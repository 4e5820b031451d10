import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { permissionAuthChecker } from './auth-checker';
import { DateScalar } from './date.scalar';

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7",
  import: ["@key", "@shareable", "@external", "@requires", "@provides"])`;

/** Per type, the fields of a resolvers map: here only `__resolveReference` functions. */
export type ReferenceResolvers = Record<string, { __resolveReference: (...args: never[]) => unknown }>;

/**
 * Builds a federation 2 subgraph schema the way type-graphql's apollo-federation-2 example does:
 * build with type-graphql, print with directives, then buildSubgraphSchema with the resolvers and the
 * (guarded) reference resolvers merged.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck' | 'authChecker'>,
  referenceResolvers: ReferenceResolvers = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    ...options,
    authChecker: permissionAuthChecker,
    validate: false,
    skipCheck: true,
  });
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...resolvers[typeName], ...reference };
  }
  return buildSubgraphSchema([
    {
      typeDefs: parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`),
      resolvers: resolvers as never,
    },
  ]);
}

export { DateScalar };
