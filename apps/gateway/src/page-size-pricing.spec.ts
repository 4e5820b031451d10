import fs from 'node:fs';
import path from 'node:path';
import { buildASTSchema, parse, print, validate } from 'graphql';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { DEFAULT_GATEWAY_LIMITS } from './gateway-limits';
import { withPageSizes } from './page-size-pricing';

const ADMIN_SRC = path.resolve(__dirname, '../../admin/src');

/** Every whole operation written out in the dashboard's source, as apps/admin's graphql-documents spec collects them. */
function dashboardDocuments(dir = ADMIN_SRC): [string, string][] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry): [string, string][] => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return dashboardDocuments(file);
    if (!/\.tsx?$/.test(entry.name) || entry.name.includes('.spec.')) return [];
    return [...fs.readFileSync(file, 'utf8').matchAll(/`(\s*(?:query|mutation)\b[^`]*)`/g)]
      .filter(([, text]) => !text.includes('${'))
      .map(([, text]): [string, string] => [`${path.relative(ADMIN_SRC, file)}: ${text.trim().replace(/\s+/g, ' ').slice(0, 50)}…`, text]);
  });
}

const schema = buildASTSchema(parse(fs.readFileSync(path.resolve(__dirname, '../supergraph.graphql'), 'utf8')), { assumeValidSDL: true });

/** graphql-armor's cost of the document as withPageSizes prices it. */
function cost(query: string, variables: Record<string, unknown> = {}): number {
  let found = 0;
  validate(schema, withPageSizes(parse(query), schema, variables), [
    costLimitRule({
      maxCost: 0,
      propagateOnRejection: false,
      onReject: [(_context, error) => (found = Number(/found (\d+(?:\.\d+)?)/.exec(error.message)![1]))],
    }),
  ]);
  return found;
}

describe('pricing nested lists by their page size (issue 9 item 3)', () => {
  const one = cost('{ cohorts { trainees(first: 1) { id name } } }');

  it('prices Cohort.trainees at its default of 50 rows when the query does not say', () => {
    expect(cost('{ cohorts { trainees { id name } } }')).toBe(cost('{ cohorts { trainees(first: 50) { id name } } }'));
    expect(cost('{ cohorts { trainees(first: 50) { id name } } }')).toBeGreaterThan(30 * one);
  });

  it('prices a page size given in a variable at its value, or at the variable default', () => {
    const query = 'query ($n: Int! = 120) { cohorts { trainees(first: $n) { id name } } }';
    expect(cost(query, { n: 200 })).toBe(cost('{ cohorts { trainees(first: 200) { id name } } }'));
    expect(cost(query)).toBe(cost('{ cohorts { trainees(first: 120) { id name } } }'));
  });

  it('leaves fields without a page size, and the request itself, as they are', () => {
    const document = parse('query ($n: Int!) { cohorts { id traineeCount trainees(first: $n) { id } } }');
    const before = print(document);
    expect(print(withPageSizes(document, schema, { n: 5 }))).toContain('trainees(first: 5)');
    expect(print(document)).toBe(before);
  });

  it('prices the top-level trainee list at its default of 50 rows too: no list of trainees is one row to the cost limit', () => {
    expect(cost('{ trainees(allSites: true) { id name } }')).toBe(cost('{ trainees(allSites: true, first: 50) { id name } }'));
    expect(cost('{ trainees(allSites: true) { id name } }')).toBeLessThan(DEFAULT_GATEWAY_LIMITS.maxCost / 4);
  });

  it('puts every trainee with 200 of their cohort far over the budget, given or by default (issue 9 item 3)', () => {
    expect(cost('{ trainees(allSites: true) { cohort { trainees(first: 200) { id } } } }')).toBeGreaterThan(10 * DEFAULT_GATEWAY_LIMITS.maxCost);
    expect(cost('{ trainees(allSites: true) { cohort { trainees { id } } } }')).toBeGreaterThan(DEFAULT_GATEWAY_LIMITS.maxCost);
  });

  const documents = dashboardDocuments();

  it('finds the documents the dashboard writes out', () => {
    expect(documents.length).toBeGreaterThan(20);
  });

  it.each(documents)('the dashboard’s %s stays within the default budget', (_name, text) => {
    expect(cost(text)).toBeLessThan(DEFAULT_GATEWAY_LIMITS.maxCost);
  });
});
