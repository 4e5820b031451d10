import { gql } from '@apollo/client';
import type { BuildQuery, BuildQueryResult } from 'ra-data-graphql';
import { RESOURCES, toRecord, type GraphNode, type ResourceDefinition } from './resources';
import { sessionStore } from '../auth/session';
import { hasPermission } from '../permissions';

interface ListParams {
  pagination?: { page: number; perPage: number };
  sort?: { field: string; order: 'ASC' | 'DESC' };
  filter?: Record<string, unknown>;
}

/** Drops empty filter values (react-admin sends '' for a cleared input). */
function cleanFilter(filter: Record<string, unknown> = {}): Record<string, unknown> | null {
  const entries = Object.entries(filter).filter(([, value]) => value !== undefined && value !== null && value !== '');
  return entries.length ? Object.fromEntries(entries) : null;
}

/**
 * EDU-10: selections that hold the portfolio say `@include(if: $portfolio)`; the variable is true only
 * when the signed-in person holds READ_PORTFOLIO (HR and admin support do not, and the server would
 * refuse the field). The declaration to add to the operation's variables, and the value.
 */
function portfolioVariable(fields: string): { declaration: string; variables: { portfolio?: boolean } } {
  if (!fields.includes('$portfolio')) return { declaration: '', variables: {} };
  // no session outside a browser (the documents' own tests): nothing of the portfolio then
  const permitted = typeof sessionStorage !== 'undefined' && hasPermission(sessionStore.read()?.permissions, 'READ_PORTFOLIO');
  return { declaration: ', $portfolio: Boolean!', variables: { portfolio: permitted } };
}

function unsupported(fetchType: string, resource: string): never {
  throw new Error(`Resursen "${resource}" stöder inte ${fetchType}.`);
}

function pageQuery(definition: ResourceDefinition, resource: string, params: ListParams, extraFilter: Record<string, unknown> = {}): BuildQueryResult {
  const page = definition.page ?? unsupported('listning med sidor', resource);
  const sortField = params.sort?.field ? (page.sortFields[params.sort.field] ?? null) : null;
  const portfolio = portfolioVariable(definition.listFields);
  return {
    query: gql`query ($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder!, $filter: ${page.filterType}${portfolio.declaration}) {
      result: ${page.query}(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
        total items { ${definition.listFields} } } }`,
    variables: {
      page: params.pagination?.page ?? 1,
      perPage: params.pagination?.perPage ?? 25,
      sortField,
      sortOrder: sortField ? (params.sort?.order ?? 'ASC') : 'ASC',
      filter: cleanFilter({ ...params.filter, ...extraFilter }),
      ...portfolio.variables,
    },
    parseResponse: ({ data }) => ({ data: data.result.items.map((node: GraphNode) => toRecord(node)), total: data.result.total }),
  };
}

function smallListQuery(definition: ResourceDefinition, ids?: string[]): BuildQueryResult {
  const list = definition.list!;
  return {
    query: gql`query { result: ${list.query} { ${definition.listFields} } }`,
    variables: {},
    parseResponse: ({ data }) => {
      const records = data.result.map((node: GraphNode) => toRecord(node, list.idOf));
      const wanted = ids ? records.filter((record: GraphNode) => ids.includes(String(record.id))) : records;
      return { data: wanted, total: wanted.length };
    },
  };
}

/**
 * The project's buildQuery for ra-data-graphql: react-admin's fetch types onto the graph's operations
 * (xPage for lists with paging, sorting, filtering and total; x(id); createX/updateX/deleteX).
 */
export const buildQuery: BuildQuery = (fetchType, resource, params) => {
  const definition = RESOURCES[resource] ?? unsupported(fetchType, resource);
  switch (fetchType) {
    case 'GET_LIST':
      return definition.list ? smallListQuery(definition) : pageQuery(definition, resource, params);
    case 'GET_MANY': {
      const ids: string[] = params.ids.map(String);
      if (definition.list) return smallListQuery(definition, ids);
      return pageQuery(definition, resource, { pagination: { page: 1, perPage: Math.max(1, ids.length) } }, { ids });
    }
    case 'GET_MANY_REFERENCE':
      return pageQuery(definition, resource, params, { [params.target]: params.id });
    case 'GET_ONE': {
      const one = definition.one ?? unsupported(fetchType, resource);
      const fields = definition.detailFields ?? definition.listFields;
      const portfolio = portfolioVariable(fields);
      return {
        query: gql`query ($id: ID!${portfolio.declaration}) { result: ${one}(id: $id) { ${fields} } }`,
        variables: { id: String(params.id), ...portfolio.variables },
        parseResponse: ({ data }) => {
          if (!data.result) throw new Error('ra.notification.item_doesnt_exist');
          return { data: toRecord(data.result) };
        },
      };
    }
    case 'CREATE': {
      const create = definition.create ?? unsupported(fetchType, resource);
      const fields = definition.detailFields ?? definition.listFields;
      const portfolio = portfolioVariable(fields);
      return {
        query: gql`mutation ($input: ${create.inputType}!${portfolio.declaration}) { result: ${create.mutation}(input: $input) { ${fields} } }`,
        variables: { input: definition.toInput!(params.data), ...portfolio.variables },
        parseResponse: ({ data }) => ({ data: toRecord(data.result) }),
      };
    }
    case 'UPDATE': {
      const update = definition.update ?? unsupported(fetchType, resource);
      const fields = definition.detailFields ?? definition.listFields;
      const portfolio = portfolioVariable(fields);
      return {
        query: gql`mutation ($id: ID!, $version: Int!, $input: ${update.inputType}!${portfolio.declaration}) {
          result: ${update.mutation}(id: $id, version: $version, input: $input) { ${fields} } }`,
        // the version the form read: the server refuses the save (CONFLICT) when someone else changed the record meanwhile
        variables: { id: String(params.id), version: Number(params.previousData?.version ?? params.data.version), input: definition.toInput!(params.data), ...portfolio.variables },
        parseResponse: ({ data }) => ({ data: toRecord(data.result) }),
      };
    }
    case 'DELETE': {
      const remove = definition.delete ?? unsupported(fetchType, resource);
      return {
        query: gql`mutation ($id: ID!) { result: ${remove}(id: $id) { id } }`,
        variables: { id: String(params.id) },
        parseResponse: ({ data }) => ({ data: { ...params.previousData, id: data.result.id } }),
      };
    }
    default:
      return unsupported(fetchType, resource);
  }
};
