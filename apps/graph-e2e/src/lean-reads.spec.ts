import { randomUUID } from 'node:crypto';
import { addDays } from '@bt/domain';
import { Trainee } from '@bt/employment';
import { DEFAULT_AS_OF } from '@bt/seed';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { expectProblems } from './refusals';
import { COHORT_OVERVIEW_QUERY, OVERVIEW_QUERY } from './queries';

/** The SQL one subgraph sends while `run` runs, as its logger sees it. */
async function statementsOf(
  graph: TestGraph,
  subgraph: 'employment' | 'education',
  run: () => Promise<unknown>,
): Promise<{ sql: string; parameters: unknown[] }[]> {
  const spy = jest.spyOn(graph.databases[subgraph].logger, 'logQuery');
  try {
    await run();
    return spy.mock.calls.map((call) => {
      const [sql, parameters] = call as unknown as [string, unknown[] | undefined];
      return { sql, parameters: parameters ?? [] };
    });
  } finally {
    spy.mockRestore();
  }
}

describe(`lean reads on ${testEngine()}`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  describe('the trainee list sorts the Swedish way (issue 9 item 2)', () => {
    const names = ['Åberg', 'Ödman', 'Zetterlund', 'Andersson'];
    let ids: string[];

    beforeAll(async () => {
      const template = graph.data.trainees[0];
      const rows = names.map((familyName, index) => ({
        ...template,
        id: randomUUID(),
        username: `bt-sort-${index}`,
        givenName: 'Kim',
        familyName,
        version: 1,
      }));
      await graph.databases.employment.dataSource.getRepository(Trainee).insert(rows);
      ids = rows.map((row) => row.id);
    });

    const page = async (args: string) => {
      const response = await graph.query<{ traineePage: { items: { name: string }[] } }>(
        `query ($ids: [ID!]) { traineePage(perPage: 25, filter: { ids: $ids } ${args}) { items { name } } }`,
        { token: graph.tokenFor('atbt-chef'), variables: { ids } },
      );
      expect(response.errors).toBeUndefined();
      return response.data!.traineePage.items.map((item) => item.name.replace('Kim ', ''));
    };

    it('puts Å and Ö after Z: Andersson, Zetterlund, Åberg, Ödman, by default, by name and by family name, and the reverse', async () => {
      const swedish = ['Andersson', 'Zetterlund', 'Åberg', 'Ödman'];
      expect(await page('')).toEqual(swedish);
      expect(await page('sortField: "name"')).toEqual(swedish);
      expect(await page('sortField: "familyName"')).toEqual(swedish);
      expect(await page('sortField: "name", sortOrder: DESC')).toEqual([...swedish].reverse());
    });
  });

  describe('the competence profile reads its notes (TEXT) only when asked for (issue 9 item 2)', () => {
    const levels = '{ trainees(allSites: true) { id goalProgress { level goal { code } } } }';
    const notes = '{ trainees(allSites: true) { id goalProgress { level note goal { code } } } }';

    it('levels alone: no statement reads goal_progress.note', async () => {
      const statements = await statementsOf(graph, 'education', async () => {
        const response = await graph.query(levels, { token: graph.tokenFor('atbt-chef') });
        expect(response.errors).toBeUndefined();
      });
      expect(statements.some(({ sql }) => /goal_progress/.test(sql))).toBe(true);
      expect(statements.filter(({ sql }) => /note/.test(sql))).toEqual([]);
    });

    it('with notes: every stored note, in one more statement', async () => {
      const response = await graph.query<{ trainees: { id: string; goalProgress: { level: number; note: string | null; goal: { code: string } }[] }[] }>(
        notes,
        {
          token: graph.tokenFor('atbt-chef'),
        },
      );
      expect(response.errors).toBeUndefined();
      const goalCode = new Map(graph.data.goals.map((goal) => [goal.id, goal.code]));
      const stored = graph.data.goalProgress.map((row) => `${row.traineeId} ${goalCode.get(row.goalId)} ${row.level} ${row.note}`).sort();
      const answered = response
        .data!.trainees.flatMap((trainee) => trainee.goalProgress.map((row) => `${trainee.id} ${row.goal.code} ${row.level} ${row.note}`))
        .sort();
      expect(answered).toEqual(stored);
      expect(stored.some((row) => !row.endsWith(' null'))).toBe(true);
      const statements = await statementsOf(graph, 'education', () => graph.query(notes, { token: graph.tokenFor('atbt-chef') }));
      expect(statements.filter(({ sql }) => /note/.test(sql))).toHaveLength(1);
    });
  });

  describe('root lists that grow with the region answer their first rows (issue 9 item 3)', () => {
    const ROOT_LISTS: [string, string, number][] = [
      ['people', '{ people(first: 3) { id name } }', 3],
      ['units', '{ units(first: 2) { id name } }', 2],
      ['cohorts', '{ cohorts(allSites: true, first: 1) { id name } }', 1],
    ];

    it.each(ROOT_LISTS)('%s: as many as `first` asks for, in the list order', async (field, query, first) => {
      const response = await graph.query<Record<string, { id: string }[]>>(query, { token: graph.tokenFor('atbt-chef') });
      expect(response.errors).toBeUndefined();
      expect(response.data![field]).toHaveLength(first);
    });

    it.each(ROOT_LISTS)('%s: more than 200 is refused with LIST_SIZE_OUT_OF_RANGE, before anything is read', async (field, query, first) => {
      const response = await graph.query(query.replace(`first: ${first}`, 'first: 201'), { token: graph.tokenFor('atbt-chef') });
      expectProblems(response, 'BAD_USER_INPUT', { code: 'LIST_SIZE_OUT_OF_RANGE', field: 'first', params: { min: 1, max: 200, first: 201 } });
      expect(response.errors![0].message).toMatch(/sida för sida/);
    });

    it('people with a role are filtered in SQL and sorted the Swedish way, as the paged staff list', async () => {
      const token = graph.tokenFor('atbt-chef');
      const list = await graph.query<{ people: { id: string }[] }>('{ people(role: MAIN_SUPERVISOR, first: 200) { id } }', { token });
      const page = await graph.query<{ personPage: { items: { id: string }[] } }>(
        '{ personPage(perPage: 200, filter: { role: MAIN_SUPERVISOR }) { items { id } } }',
        { token },
      );
      expect(list.data!.people.length).toBeGreaterThan(0);
      expect(list.data!.people).toEqual(page.data!.personPage.items);
    });
  });

  describe('at region size: 3 000 more trainees in one cohort', () => {
    let cohortId: string;

    beforeAll(async () => {
      cohortId = graph.data.trainees[0].cohortId;
      const template = graph.data.trainees[0];
      const rows = Array.from({ length: 3000 }, (_, index) => ({
        ...template,
        id: randomUUID(),
        username: `bt-many-${index}`,
        givenName: `Förnamn ${index % 97}`,
        familyName: `Efternamn ${index % 1009}`,
        version: 1,
      }));
      const repository = graph.databases.employment.dataSource.getRepository(Trainee);
      for (let start = 0; start < rows.length; start += 500) await repository.insert(rows.slice(start, start + 500));
      if (testEngine() === 'mysql') await graph.databases.employment.dataSource.query('ANALYZE TABLE `trainee`');
    });

    const chef = () => ({ token: graph.tokenFor('atbt-chef') });
    const pageIds = async (perPage: number) => {
      const response = await graph.query<{ traineePage: { total: number; items: { id: string }[] } }>(
        'query ($cohortId: ID!, $perPage: Int!) { traineePage(perPage: $perPage, filter: { cohortId: $cohortId }) { total items { id } } }',
        { ...chef(), variables: { cohortId, perPage } },
      );
      expect(response.errors).toBeUndefined();
      return { total: response.data!.traineePage.total, ids: response.data!.traineePage.items.map((item) => item.id) };
    };
    type CohortTrainees = { cohort: { traineeCount: number; trainees: { id: string }[] } };
    const cohortTrainees = (first?: number) =>
      graph.query<CohortTrainees>(
        `query ($id: ID!${first === undefined ? '' : ', $first: Int!'}) { cohort(id: $id) { traineeCount trainees${first === undefined ? '' : '(first: $first)'} { id } } }`,
        { ...chef(), variables: first === undefined ? { id: cohortId } : { id: cohortId, first } },
      );

    it('Cohort.trainees gives the first 50 by default, in the list order, and traineeCount all of them (issue 9 item 3)', async () => {
      const response = await cohortTrainees();
      expect(response.errors).toBeUndefined();
      const list = await pageIds(50);
      expect(list.total).toBeGreaterThan(3000);
      expect(response.data!.cohort.traineeCount).toBe(list.total);
      expect(response.data!.cohort.trainees.map((trainee) => trainee.id)).toEqual(list.ids);
    });

    it('gives up to 200 when asked, reading no more rows than it returns', async () => {
      const expected = (await pageIds(200)).ids;
      let ids: string[] = [];
      const statements = await statementsOf(graph, 'employment', async () => {
        const response = await cohortTrainees(200);
        expect(response.errors).toBeUndefined();
        ids = response.data!.cohort.trainees.map((trainee) => trainee.id);
      });
      expect(ids).toEqual(expected);
      // the cohort's trainees are numbered in SQL; only the 200 kept are read as rows
      expect(statements.filter(({ sql }) => /ROW_NUMBER\(\) OVER/.test(sql))).toHaveLength(1);
      const rowReads = statements.filter(({ sql }) => /FROM [`"]trainee[`"]/.test(sql) && !/ROW_NUMBER|COUNT\(/.test(sql));
      expect(rowReads.map(({ parameters }) => parameters.length)).toEqual([200]);
    });

    it('refuses more than 200 with LIST_SIZE_OUT_OF_RANGE, saying how to get more', async () => {
      const response = await cohortTrainees(201);
      expectProblems(response, 'BAD_USER_INPUT', { code: 'LIST_SIZE_OUT_OF_RANGE', field: 'first', params: { min: 1, max: 200, first: 201 } });
      expect(response.errors![0].message).not.toMatch(/first/);
    });

    it("the gateway prices a cohort's trainees by the rows asked for: the overview with 200 a cohort, or of ten cohorts, is refused at once, literal or variable", async () => {
      expect((await graph.query(COHORT_OVERVIEW_QUERY, chef())).errors).toBeUndefined();
      expect((await graph.query(OVERVIEW_QUERY, chef())).errors).toBeUndefined();
      const large = COHORT_OVERVIEW_QUERY.replace('trainees(first: 60)', 'trainees(first: 200)');
      const byVariable = `query ($n: Int!) ${COHORT_OVERVIEW_QUERY.replace('trainees(first: 60)', 'trainees(first: $n)')}`;
      const everyCohort = COHORT_OVERVIEW_QUERY.replace('cohorts(first: 1)', 'cohorts(first: 10)');
      for (const [query, variables] of [
        [large, {}],
        [byVariable, { n: 200 }],
        [everyCohort, {}],
      ] as const) {
        const started = Date.now();
        const response = await graph.query(query, { ...chef(), variables });
        expect(Date.now() - started).toBeLessThan(2000);
        expect(response.status).toBe(400);
        expect(response.data ?? undefined).toBeUndefined();
        expectProblems(response, 'BAD_USER_INPUT', { code: 'QUERY_TOO_COSTLY' });
      }
    });

    it("counts the start page's active trainees and those without a main supervisor from IDX_trainee_site_dates alone (issue 9, start page growth)", async () => {
      const { dataSource } = graph.databases.employment;
      // the 3 000 employed today, as most of a region is, and a new data version, so the counts are made
      // again rather than answered from memory
      await dataSource
        .getRepository(Trainee)
        .createQueryBuilder()
        .update()
        .set({ employmentStart: addDays(DEFAULT_AS_OF, -100), employmentEnd: addDays(DEFAULT_AS_OF, 265) })
        .where('username LIKE :many', { many: 'bt-many-%' })
        .execute();
      if (testEngine() === 'mysql') await dataSource.query('ANALYZE TABLE `trainee`');
      await dataSource.query('UPDATE trainee_data_version SET version = version + 1 WHERE id = 1');
      const statements = await statementsOf(graph, 'employment', async () => {
        const response = await graph.query('{ siteOverviews { activeTrainees traineesWithoutMainSupervisor } }', { token: graph.tokenFor('atbt-chef') });
        expect(response.errors).toBeUndefined();
      });
      const counts = statements.filter(({ sql }) => /GROUP BY [`"]?trainee[`"]?\.[`"]siteId[`"]/i.test(sql) && /employmentEnd/.test(sql));
      expect(counts).toHaveLength(2);
      for (const count of counts) {
        if (testEngine() === 'mysql') {
          const plan: { table: string; key: string | null; Extra: string | null }[] = await dataSource.query(`EXPLAIN ${count.sql}`, count.parameters);
          const trainee = plan.find((row) => row.table === 'trainee');
          expect(trainee).toMatchObject({ key: 'IDX_trainee_site_dates', Extra: expect.stringMatching(/Using index(;|$)/) });
          expect(trainee!.Extra).not.toMatch(/temporary|filesort/);
        } else {
          const plan: { detail: string }[] = await dataSource.query(`EXPLAIN QUERY PLAN ${count.sql}`, count.parameters);
          const details = plan.map((row) => row.detail).join('\n');
          expect(details).toMatch(/SCAN trainee USING COVERING INDEX IDX_trainee_site_dates/);
          expect(details).not.toMatch(/TEMP B-TREE/);
        }
      }
    });

    it('reads the first page of the default order through IDX_trainee_swedish_name, without sorting the rows (issue 9 item 2)', async () => {
      const { dataSource } = graph.databases.employment;
      const statements = await statementsOf(graph, 'employment', () =>
        graph.query('{ traineePage(perPage: 25) { items { id } } }', { token: graph.tokenFor('atbt-chef') }),
      );
      const list = statements.find(({ sql }) => /ORDER BY/i.test(sql) && /LIMIT/i.test(sql));
      expect(list).toBeDefined();
      if (testEngine() === 'mysql') {
        const plan: { key: string | null; Extra: string | null }[] = await dataSource.query(`EXPLAIN ${list!.sql}`, list!.parameters);
        expect(plan.find((row) => row.key === 'IDX_trainee_swedish_name')).toBeDefined();
        expect(plan.map((row) => row.Extra ?? '').join(' ')).not.toMatch(/filesort/);
      } else {
        const plan: { detail: string }[] = await dataSource.query(`EXPLAIN QUERY PLAN ${list!.sql}`, list!.parameters);
        const details = plan.map((row) => row.detail).join('\n');
        expect(details).toMatch(/IDX_trainee_swedish_name/);
        expect(details).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
      }
    });
  });
});
