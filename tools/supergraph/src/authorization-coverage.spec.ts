import { isObjectType, Kind, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { isPermission } from '@bt/auth';
import { GUARDED_REFERENCE } from '@bt/subgraph';
import { subgraphSchemas } from './subgraph-definitions';

/** Fields @apollo/subgraph adds to Query itself: `_entities` is guarded per type by its reference resolvers. */
const FEDERATION_FIELDS = new Set(['_entities', '_service']);

interface Operation {
  /** e.g. `employment Mutation.createCohort` */
  name: string;
  /** What each type-graphql resolver method behind it requires: undefined when it has no @Authorized. */
  rules: (readonly unknown[] | undefined)[];
}

interface Reference {
  /** e.g. `education Placement` */
  name: string;
  /** What its guard requires: undefined when the reference resolver is not guarded (or missing). */
  rule: unknown;
}

/** Every Query and Mutation field of every subgraph with the @Authorized rules of the resolver methods that serve it. */
function operations(subgraph: string, schema: GraphQLSchema): Operation[] {
  const storage = getMetadataStorage();
  const ruleOf = (target: object, methodName: string) =>
    storage.authorizedFields.find((entry) => entry.target === target && entry.fieldName === methodName)?.roles ??
    storage.authorizedResolver.find((entry) => entry.target === target)?.roles;
  const kinds = [
    { type: schema.getQueryType(), resolvers: storage.queries },
    { type: schema.getMutationType(), resolvers: storage.mutations },
  ];
  return kinds.flatMap(({ type, resolvers }) =>
    Object.keys(type?.getFields() ?? {})
      .filter((field) => !FEDERATION_FIELDS.has(field))
      .map((field) => ({
        name: `${subgraph} ${type!.name}.${field}`,
        rules: resolvers.filter((resolver) => resolver.schemaName === field).map((resolver) => ruleOf(resolver.target, resolver.methodName)),
      })),
  );
}

/** Every type with a resolvable @key with what its reference resolver's guard requires. */
function references(subgraph: string, schema: GraphQLSchema): Reference[] {
  return Object.values(schema.getTypeMap())
    .filter((type): type is GraphQLObjectType => isObjectType(type) && hasResolvableKey(type))
    .map((type) => {
      const resolve = (type.extensions as { apollo?: { subgraph?: { resolveReference?: Record<symbol, unknown> } } }).apollo?.subgraph?.resolveReference;
      return { name: `${subgraph} ${type.name}`, rule: resolve?.[GUARDED_REFERENCE] };
    });
}

function hasResolvableKey(type: GraphQLObjectType): boolean {
  const directives = [type.astNode, ...type.extensionASTNodes].flatMap((node) => node?.directives ?? []);
  return directives.some(
    (directive) =>
      directive.name.value === 'key' &&
      !directive.arguments?.some((argument) => argument.name.value === 'resolvable' && argument.value.kind === Kind.BOOLEAN && !argument.value.value),
  );
}

const show = (rule: unknown) => (Array.isArray(rule) ? `[${rule.join(', ')}]` : String(rule));
const namesPermissions = (rule: unknown) => (Array.isArray(rule) ? rule.length > 0 && rule.every(isPermission) : isPermission(rule));

describe('authorisation of the whole schema', () => {
  let allOperations: Operation[];
  let allReferences: Reference[];
  beforeAll(async () => {
    const schemas = await subgraphSchemas();
    allOperations = schemas.flatMap(({ name, schema }) => operations(name, schema));
    allReferences = schemas.flatMap(({ name, schema }) => references(name, schema));
  });

  it('finds the type-graphql resolver behind every operation and the entities of every subgraph', () => {
    expect(allOperations.filter((operation) => operation.rules.length === 0).map((operation) => operation.name)).toEqual([]);
    expect(allOperations.length).toBeGreaterThan(0);
    expect(allReferences.map((reference) => reference.name)).toEqual(
      expect.arrayContaining(['employment Trainee', 'education Trainee', 'certification Trainee']),
    );
  });

  it('has an @Authorized rule on every query and mutation', () => {
    const unauthorised = allOperations.filter((operation) => operation.rules.some((rule) => rule === undefined));
    expect(unauthorised.map((operation) => operation.name)).toEqual([]);
  });

  it('guards the reference resolver of every type with a resolvable @key', () => {
    expect(allReferences.filter((reference) => reference.rule === undefined).map((reference) => reference.name)).toEqual([]);
  });

  it('names permissions, not roles, in every @Authorized rule and reference guard', () => {
    const byRoles = [
      ...allOperations
        .filter((operation) => !operation.rules.every(namesPermissions))
        .map((operation) => `${operation.name}: ${operation.rules.map(show).join(' | ')}`),
      ...allReferences.filter((reference) => !namesPermissions(reference.rule)).map((reference) => `${reference.name}: ${show(reference.rule)}`),
    ];
    expect(byRoles).toEqual([]);
  });
});
