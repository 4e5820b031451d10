/** @jest-environment node */
import fs from 'node:fs';
import path from 'node:path';
import { buildASTSchema, parse, validate, type DocumentNode } from 'graphql';
import { transformSupergraphToPublicSchema } from '@theguild/federation-composition';
import { buildQuery } from './build-query';
import { RESOURCES, type ResourceDefinition } from './resources';

const SRC = path.resolve(__dirname, '..');
const SUPERGRAPH = path.resolve(__dirname, '../../../gateway/supergraph.graphql');

/** The graph as clients see it: the committed supergraph's public API schema (no join__/link__ machinery). */
const schema = buildASTSchema(transformSupergraphToPublicSchema(parse(fs.readFileSync(SUPERGRAPH, 'utf8'))));

const FETCH_TYPES: [string, (definition: ResourceDefinition) => unknown, Record<string, unknown>][] = [
  ['GET_LIST', (d) => d.page ?? d.list, { pagination: { page: 1, perPage: 25 }, sort: { field: 'name', order: 'ASC' }, filter: {} }],
  ['GET_MANY', (d) => d.page ?? d.list, { ids: ['1'] }],
  ['GET_MANY_REFERENCE', (d) => d.page, { target: 'siteId', id: '1', pagination: { page: 1, perPage: 25 }, filter: {} }],
  ['GET_ONE', (d) => d.one, { id: '1' }],
  ['CREATE', (d) => d.create, { data: {} }],
  ['UPDATE', (d) => d.update, { id: '1', data: {}, previousData: {} }],
  ['DELETE', (d) => d.delete, { id: '1', previousData: {} }],
];

/** What buildQuery sends for every resource and every verb it supports. */
function builtDocuments(): [string, DocumentNode][] {
  return Object.entries(RESOURCES).flatMap(([resource, definition]) =>
    FETCH_TYPES.filter(([, supported]) => supported(definition)).map(([fetchType, , params]): [string, DocumentNode] => [
      `buildQuery ${fetchType} ${resource}`,
      buildQuery(fetchType, resource, params).query,
    ]),
  );
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !entry.name.includes('.spec.') ? [file] : [];
  });
}

/** Every whole operation written out in the dashboard's source (`query …` / `mutation …` template strings). */
function writtenDocuments(): [string, DocumentNode][] {
  return sourceFiles(SRC).flatMap((file) =>
    [...fs.readFileSync(file, 'utf8').matchAll(/`(\s*(?:query|mutation)\b[^`]*)`/g)]
      .filter(([, text]) => !text.includes('${'))
      .map(([, text]): [string, DocumentNode] => [`${path.relative(SRC, file)}: ${text.trim().slice(0, 60)}…`, parse(text)]),
  );
}

describe('the dashboard’s GraphQL documents against the supergraph', () => {
  const documents = [...builtDocuments(), ...writtenDocuments()];

  it('collects the documents the dashboard sends', () => {
    const names = documents.map(([name]) => name).join('\n');
    expect(names).toContain('buildQuery GET_LIST trainees');
    expect(names).toContain('buildQuery DELETE cohorts');
    expect(names).toContain('application-operations.ts');
    expect(names).toContain('viewer-permissions.ts');
    expect(names).toContain('use-today.ts');
    expect(documents.length).toBeGreaterThan(40);
  });

  it.each(documents)('%s is valid', (_name, document) => {
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
  });
});
