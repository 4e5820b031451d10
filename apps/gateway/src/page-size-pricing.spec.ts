import fs from 'node:fs';
import path from 'node:path';
import { buildASTSchema, parse, print, validate } from 'graphql';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { DEFAULT_GATEWAY_LIMITS } from './gateway-limits';
import { BLOCK_SCHEDULE_MAX_PER_PAGE, MAX_PER_PAGE } from '@bt/domain';
import { ROW_WEIGHTS, withPageSizes } from './page-size-pricing';

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

/** graphql-armor's cost of the document as withPageSizes prices it (the gateway's cost limit). */
function cost(query: string, variables: Record<string, unknown> = {}): number {
  return priced(query, variables, {}, false);
}

/** The records in the answer, as the gateway's row limit counts them: pages by their perPage. */
function rows(query: string, variables: Record<string, unknown> = {}): number {
  return priced(query, variables, ROW_WEIGHTS, true);
}

function priced(query: string, variables: Record<string, unknown>, weights: object, pageRows: boolean): number {
  let found = 0;
  validate(schema, withPageSizes(parse(query), schema, variables, { pageRows }), [
    costLimitRule({
      ...weights,
      maxCost: 0,
      propagateOnRejection: false,
      onReject: [(_context, error) => (found = Number(/found (\d+(?:\.\d+)?)/.exec(error.message)![1]))],
    }),
  ]);
  return found;
}

describe('pricing nested lists and pages by their size (issue 9 item 3)', () => {
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

  it('counts the rows of a page by its perPage, given, from a variable or by default, and its total as no row', () => {
    const page = (perPage: number) => rows(`{ traineePage(perPage: ${perPage}) { total items { id name cohort { id } } } }`);
    expect(page(500)).toBe(1 + 500 * 2);
    expect(rows('query ($n: Int!) { traineePage(perPage: $n) { total items { id name cohort { id } } } }', { n: 500 })).toBe(page(500));
    expect(rows('query ($n: Int! = 120) { traineePage(perPage: $n) { total items { id } } }')).toBe(1 + 120);
    expect(rows('{ traineePage { total items { id name cohort { id } } } }')).toBe(page(25));
    expect(rows('{ cohortBlockSchedule(cohortId: "1") { items { planStatus } } }')).toBe(1 + 50);
    expect(rows('{ traineePage(perPage: 500) { total } }')).toBe(1);
  });

  it('counts the rows of a page in a named fragment, whose page size is not known there, as the largest page', () => {
    expect(rows('{ traineePage(perPage: 1) { ...rows } } fragment rows on TraineePage { items { id } }')).toBeGreaterThanOrEqual(1 + MAX_PER_PAGE);
  });

  it('leaves the rows of a page at one row to the cost limit, which prices fields, not pages', () => {
    expect(cost('{ traineePage(perPage: 500) { items { id name } } }')).toBe(cost('{ traineePage(perPage: 1) { items { id name } } }'));
  });

  it('counts a page of 500 trainees with 200 of their cohort each as 101 000 rows, far over the row limit (issue 9 item 3)', () => {
    expect(rows('{ traineePage(perPage: 500) { items { cohort { trainees(first: 200) { id } } } } }')).toBe(1 + 500 * (1 + 1 + 200));
    expect(rows('{ traineePage(perPage: 500) { items { cohort { trainees(first: 200) { id } } } } }')).toBeGreaterThan(10 * DEFAULT_GATEWAY_LIMITS.maxRows);
  });

  const documents = dashboardDocuments();

  it('finds the documents the dashboard writes out', () => {
    expect(documents.length).toBeGreaterThan(20);
  });

  it.each(documents)('the dashboard’s %s stays within the default budget and, at its largest page, well within the row limit', (_name, text) => {
    expect(cost(text)).toBeLessThan(DEFAULT_GATEWAY_LIMITS.maxCost);
    // a page size left to a variable at the largest the dashboard asks that way (the block schedule's)
    expect(rows(text, { perPage: BLOCK_SCHEDULE_MAX_PER_PAGE })).toBeLessThan(DEFAULT_GATEWAY_LIMITS.maxRows / 2);
  });
});
