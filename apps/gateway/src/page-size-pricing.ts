import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import { MAX_PER_PAGE } from '@bt/domain';

/** The argument that sizes a nested list (Cohort.trainees), and the one graphql-armor's cost limit multiplies by. */
const PAGE_SIZE_ARGUMENT = 'first';
/** The argument that sizes a page (`traineePage(perPage: 500) { total items { … } }`). */
const PER_PAGE_ARGUMENT = 'perPage';
/** The field of a page that holds its rows. */
const PAGE_ROWS_FIELD = 'items';
/**
 * graphql-armor's weights for counting rows: every object in the answer (a row, a page, a nested record)
 * 1, scalar fields nothing, and no extra weight per level, so the "cost" is the number of records the
 * services build for the request.
 */
export const ROW_WEIGHTS = { objectCost: 1, scalarCost: 0, depthCostFactor: 1 } as const;

function intValue(value: unknown): ValueNode | undefined {
  return Number.isInteger(value) ? { kind: Kind.INT, value: String(value) } : undefined;
}

/**
 * What one size argument of a field will be when the request runs: the literal, the variable's value or
 * default, or else the schema's default. Undefined when the field has no such argument.
 */
function sizeOf(
  field: GraphQLField<unknown, unknown> | null | undefined,
  node: FieldNode,
  argumentName: string,
  variables: Record<string, unknown>,
  variableDefaults: Map<string, ValueNode>,
): ValueNode | undefined {
  const definition = field?.args.find((argument) => argument.name === argumentName);
  if (!definition) return undefined;
  const given = node.arguments?.find((argument) => argument.name.value === argumentName)?.value;
  if (given?.kind === Kind.INT) return given;
  if (given?.kind === Kind.VARIABLE) {
    const name = given.name.value;
    if (name in variables) return intValue(variables[name]);
    if (variableDefaults.has(name)) return variableDefaults.get(name);
  }
  return intValue(definition.defaultValue);
}

function withSize(node: FieldNode, size: ValueNode): FieldNode {
  const priced: ArgumentNode = { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: PAGE_SIZE_ARGUMENT }, value: size };
  return { ...node, arguments: [...(node.arguments ?? []).filter((argument) => argument.name.value !== PAGE_SIZE_ARGUMENT), priced] };
}

/**
 * The document as its cost is to be priced: lists multiplied by the rows they will hold. graphql-armor's
 * cost limit multiplies a field's cost by a literal `first` only, so this copy gives
 * - a list field that takes `first` the size it will really have (a literal in place of a variable, the
 *   schema's default where the query leaves it out): `trainees { … }` is 50 rows, not one;
 * - with `pageRows`, the `items` of a page its `perPage` (literal, variable or default) as a `first`:
 *   `traineePage(perPage: 500) { items { … } }` is 500 rows; `items` in a named fragment, whose page is
 *   not known there, the largest page the services give (MAX_PER_PAGE).
 * Only for pricing: the request itself runs unchanged.
 */
export function withPageSizes(
  document: DocumentNode,
  schema: GraphQLSchema,
  variables: Record<string, unknown>,
  { pageRows = false }: { pageRows?: boolean } = {},
): DocumentNode {
  const typeInfo = new TypeInfo(schema);
  const variableDefaults = new Map<string, ValueNode>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      if (variable.defaultValue) variableDefaults.set(variable.variable.name.value, variable.defaultValue);
    }
  }
  /** The page size of each enclosing field (undefined: not a page), innermost last; empty at the top of a definition. */
  const pageSizes: (ValueNode | undefined)[] = [];
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter(node) {
          const field = typeInfo.getFieldDef();
          const parentType = typeInfo.getParentType();
          const inFragmentTop = pageSizes.length === 0 && parentType !== schema.getQueryType();
          const enclosingPage = pageSizes[pageSizes.length - 1];
          pageSizes.push(sizeOf(field, node, PER_PAGE_ARGUMENT, variables, variableDefaults));
          const type = field && getNullableType(field.type);
          const isObjectList = !!type && isListType(type) && isCompositeType(getNamedType(type));
          let size = sizeOf(field, node, PAGE_SIZE_ARGUMENT, variables, variableDefaults);
          if (!size && pageRows && isObjectList && node.name.value === PAGE_ROWS_FIELD) {
            size = enclosingPage ?? (inFragmentTop ? intValue(MAX_PER_PAGE) : undefined);
          }
          return size ? withSize(node, size) : undefined;
        },
        leave() {
          pageSizes.pop();
          return undefined;
        },
      },
    }),
  );
}
