import { Kind, TypeInfo, visit, visitWithTypeInfo, type ArgumentNode, type DocumentNode, type GraphQLSchema, type ValueNode } from 'graphql';

/** The argument that sizes a nested list (Cohort.trainees), as graphql-armor's cost limit reads it. */
const PAGE_SIZE_ARGUMENT = 'first';

function intValue(value: unknown): ValueNode | undefined {
  return Number.isInteger(value) ? { kind: Kind.INT, value: String(value) } : undefined;
}

/**
 * The document as its cost is to be priced: every list field that takes a page size (`first`) gets the
 * size it will really have, a literal in place of a variable and the schema's default where the query
 * leaves it out. graphql-armor's cost limit multiplies a field's cost by a literal `first` only, so
 * without this `trainees { … }` (default 50) or `trainees(first: $n)` would be priced as one row.
 * Only for pricing: the request itself runs unchanged.
 */
export function withPageSizes(document: DocumentNode, schema: GraphQLSchema, variables: Record<string, unknown>): DocumentNode {
  const typeInfo = new TypeInfo(schema);
  const variableDefaults = new Map<string, ValueNode>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      if (variable.defaultValue) variableDefaults.set(variable.variable.name.value, variable.defaultValue);
    }
  }
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const sizeArgument = typeInfo.getFieldDef()?.args.find((argument) => argument.name === PAGE_SIZE_ARGUMENT);
        if (!sizeArgument) return undefined;
        const given = node.arguments?.find((argument) => argument.name.value === PAGE_SIZE_ARGUMENT);
        let size: ValueNode | undefined;
        if (!given) size = intValue(sizeArgument.defaultValue);
        else if (given.value.kind === Kind.VARIABLE) {
          const name = given.value.name.value;
          size = name in variables ? intValue(variables[name]) : variableDefaults.get(name);
        }
        if (!size) return undefined;
        const priced: ArgumentNode = { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: PAGE_SIZE_ARGUMENT }, value: size };
        return { ...node, arguments: [...(node.arguments ?? []).filter((argument) => argument !== given), priced] };
      },
    }),
  );
}
