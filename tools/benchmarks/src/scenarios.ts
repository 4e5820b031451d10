import { addDays } from '@bt/domain';
import { DEFAULT_AS_OF } from '@bt/seed';
import type { BenchUser } from './bench-users';
import type { FloorDatabase } from './floor-database';
import { postGraphQL } from './graphql-post';
import type { SubgraphName } from './service-processes';

/** Where the straight-to-subgraph way sends its requests, and as whom. */
export interface SubgraphCall {
  (subgraph: SubgraphName, query: string, variables?: Record<string, unknown>): Promise<Record<string, unknown>>;
}

/** One thing the dashboard asks, fetched three ways besides the product itself. */
export interface Scenario {
  /** What `npm run bench -- --scenarios` calls it. */
  id: string;
  name: string;
  /** What the dashboard sends to the gateway. */
  query: string;
  variables?: Record<string, unknown>;
  /** Whether it is measured at this size (the cohort overview grows with the whole region). */
  applies(trainees: number, overviewMaxTrainees: number): boolean;
  /** Looks up, once per size, what its requests name (e.g. the largest cohort), before anything is fetched. */
  prepare?(db: FloorDatabase): Promise<void>;
  /** The same data straight from the subgraphs with as few requests as a perfect planner would send. */
  direct(call: SubgraphCall): Promise<void>;
  /** The same rows by hand-written SQL; returns how many statements it sent. */
  floor(db: FloorDatabase): Promise<number>;
  /** A figure to compare between the ways (the product's answer against the floor's), so the floor fetches the same rows. */
  check?: { product(data: Record<string, unknown>): unknown; floor(db: FloorDatabase): Promise<unknown> };
}

const TODAY = DEFAULT_AS_OF;
const representations = (typename: string, ids: Iterable<string>) => [...new Set(ids)].map((id) => ({ __typename: typename, id }));
const ENTITIES = (selection: string) => `query($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`;

type Row = Record<string, unknown>;

const OVERVIEW_TRAINEE = 'placements { unit { name } startDate endDate } goalProgress { goal { code } level } certificates { kind status }';

/**
 * The cohort overview (the benchmark's foundation query since issue 1): the region's trainees with their
 * cohort and data from all three subgraphs, as one page of 200 (measured up to --overview-max-trainees,
 * 200 by default, so the page holds every trainee). Until issue 9 it was `cohorts { trainees { … } }`,
 * which the gateway now prices by both lists and refuses for more than one cohort of 60.
 */
const cohortOverview: Scenario = {
  id: 'cohort-overview',
  name: 'kullöversikt',
  query: `{ traineePage(perPage: 200) { total items { id name cohort { id name site { name } } ${OVERVIEW_TRAINEE} } } }`,
  applies: (trainees, max) => trainees <= max,
  async direct(call) {
    const { traineePage } = (await call('employment', '{ traineePage(perPage: 200) { total items { id name cohort { id name site { name } } } } }')) as {
      traineePage: { items: Row[] };
    };
    const trainees = representations(
      'Trainee',
      traineePage.items.map((trainee) => String(trainee.id)),
    );
    const [education] = await Promise.all([
      call('education', ENTITIES('... on Trainee { placements { unit { id } startDate endDate } goalProgress { goal { code } level } }'), { r: trainees }),
      call('certification', ENTITIES('... on Trainee { certificates { kind status } }'), { r: trainees }),
    ]);
    const units = (education._entities as { placements: { unit: { id: string } }[] }[]).flatMap((trainee) => trainee.placements.map((p) => p.unit.id));
    await call('employment', ENTITIES('... on Unit { name }'), { r: representations('Unit', units) });
  },
  async floor(db) {
    const e = (name: string) => db.table('employment', name);
    const ed = (name: string) => db.table('education', name);
    await Promise.all([
      db.query(`SELECT COUNT(*) AS n FROM ${e('trainee')}`),
      db.query(
        `SELECT t.id, t.givenName, t.familyName, c.id AS cohortId, c.name AS cohortName, s.name AS siteName FROM ${e('trainee')} t
          JOIN ${e('cohort')} c ON c.id = t.cohortId JOIN ${e('site')} s ON s.id = c.siteId ORDER BY t.familyName, t.givenName, t.id LIMIT 200`,
      ),
      db.query(`SELECT p.traineeId, u.name, p.startDate, p.endDate FROM ${ed('placement')} p JOIN ${e('unit')} u ON u.id = p.unitId`),
      db.query(`SELECT gp.traineeId, g.code, gp.level FROM ${ed('goal_progress')} gp JOIN ${ed('goal')} g ON g.id = gp.goalId`),
      db.query(`SELECT c.traineeId, c.kind, c.status FROM ${db.table('certification', 'certificate')} c`),
    ]);
    return 5;
  },
  check: {
    product: (data) => (data.traineePage as { items: unknown[] }).items.length,
    floor: async (db) => Number(((await db.query(`SELECT COUNT(*) AS n FROM ${db.table('employment', 'trainee')}`)) as Row[])[0].n),
  },
};

const SITE_OVERVIEW_FIELDS = 'site { id name } activeTrainees cohorts traineesWithoutMainSupervisor placementsStartingWithin30Days';

function siteOverviewSql(db: FloorDatabase): string {
  const e = (name: string) => db.table('employment', name);
  const ed = (name: string) => db.table('education', name);
  // each figure counted once for all sites (GROUP BY), the placements from their start date index
  return `SELECT s.id, s.name, COALESCE(a.n, 0) AS activeTrainees, COALESCE(c.n, 0) AS cohorts,
      COALESCE(w.n, 0) AS traineesWithoutMainSupervisor, COALESCE(p.n, 0) AS placementsStartingWithin30Days
    FROM ${e('site')} s
    LEFT JOIN (SELECT siteId, COUNT(*) AS n FROM ${e('trainee')} WHERE employmentStart <= ? AND employmentEnd >= ? GROUP BY siteId) a ON a.siteId = s.id
    LEFT JOIN (SELECT siteId, COUNT(*) AS n FROM ${e('cohort')} GROUP BY siteId) c ON c.siteId = s.id
    LEFT JOIN (SELECT t.siteId, COUNT(*) AS n FROM ${e('trainee')} t LEFT JOIN ${ed('main_supervision')} m ON m.traineeId = t.id
      WHERE t.employmentEnd >= ? AND m.traineeId IS NULL GROUP BY t.siteId) w ON w.siteId = s.id
    LEFT JOIN (SELECT t.siteId, COUNT(DISTINCT t.id) AS n FROM ${ed('placement')} pl JOIN ${e('trainee')} t ON t.id = pl.traineeId
      WHERE pl.startDate >= ? AND pl.startDate <= ? GROUP BY t.siteId) p ON p.siteId = s.id
    ORDER BY s.name`;
}
const siteOverviewParams = () => [TODAY, TODAY, TODAY, TODAY, addDays(TODAY, 30)];
const figures = (rows: Row[]) =>
  rows
    .map((row) => [row.activeTrainees, row.cohorts, row.traineesWithoutMainSupervisor, row.placementsStartingWithin30Days].map(Number).join('/'))
    .sort()
    .join(' ');

/** The start page: per site, active trainees, cohorts, trainees without a main supervisor, placements starting within 30 days. */
const startPage: Scenario = {
  id: 'start-page',
  name: 'startsidan',
  query: `{ siteOverviews { ${SITE_OVERVIEW_FIELDS} } }`,
  applies: () => true,
  async direct(call) {
    // one request: employment counts, asking education itself (through the gateway) for what it needs
    await call('employment', `{ siteOverviews { ${SITE_OVERVIEW_FIELDS} } }`);
  },
  async floor(db) {
    await db.query(siteOverviewSql(db), siteOverviewParams());
    return 1;
  },
  check: {
    product: (data) => figures(data.siteOverviews as Row[]),
    floor: async (db) => figures((await db.query(siteOverviewSql(db), siteOverviewParams())) as Row[]),
  },
};

/** The dashboard's trainee list fields (apps/admin/src/data/resources.ts), without the portfolio. */
const TRAINEE_LIST_FIELDS = `id version name givenName familyName site { id name } cohort { id name } employmentStart employmentEnd
  employmentForm monthsServed active mainSupervisor { id name }
  currentPlacement { id kind startDate endDate unit { id name } } goalProgress @include(if: $portfolio) { level goal { id code } }`;
const EMPLOYMENT_TRAINEE_FIELDS =
  'id version name givenName familyName site { id name } cohort { id name } employmentStart employmentEnd employmentForm monthsServed active';

function hasMainSupervisorSql(db: FloorDatabase): string {
  return `EXISTS (SELECT 1 FROM ${db.table('education', 'main_supervision')} m WHERE m.traineeId = t.id)`;
}

const TRAINEE_PAGE_ARGS = 'page: 1, perPage: 25, filter: { withoutMainSupervisor: false }';

/**
 * The trainee list filtered on education's data (trainees with a main supervisor: a full page, and the
 * filter ships an id set between subgraphs today), first page of 25 with the dashboard's fields.
 */
const traineeList: Scenario = {
  id: 'trainee-list',
  name: 'BT-läkare, filter huvudhandledare',
  query: `query TraineeList($portfolio: Boolean!) { traineePage(${TRAINEE_PAGE_ARGS}) { total items { ${TRAINEE_LIST_FIELDS} } } }`,
  variables: { portfolio: false },
  applies: () => true,
  async direct(call) {
    const { traineePage } = (await call('employment', `{ traineePage(${TRAINEE_PAGE_ARGS}) { total items { ${EMPLOYMENT_TRAINEE_FIELDS} } } }`)) as {
      traineePage: { items: Row[] };
    };
    const trainees = representations(
      'Trainee',
      traineePage.items.map((item) => String(item.id)),
    );
    if (trainees.length === 0) return;
    const { _entities } = (await call(
      'education',
      ENTITIES('... on Trainee { mainSupervisor { id } currentPlacement { id kind startDate endDate unit { id } } }'),
      {
        r: trainees,
      },
    )) as { _entities: { mainSupervisor: { id: string } | null; currentPlacement: { unit: { id: string } } | null }[] };
    const references = [
      ...representations(
        'Person',
        _entities.flatMap((entity) => (entity.mainSupervisor ? [entity.mainSupervisor.id] : [])),
      ),
      ...representations(
        'Unit',
        _entities.flatMap((entity) => (entity.currentPlacement ? [entity.currentPlacement.unit.id] : [])),
      ),
    ];
    if (references.length > 0) await call('employment', ENTITIES('... on Person { name } ... on Unit { name }'), { r: references });
  },
  async floor(db) {
    const e = (name: string) => db.table('employment', name);
    const ed = (name: string) => db.table('education', name);
    const [, page] = await Promise.all([
      db.query(`SELECT COUNT(*) AS total FROM ${e('trainee')} t WHERE ${hasMainSupervisorSql(db)}`),
      db.query(
        `SELECT t.id, t.version, t.givenName, t.familyName, t.employmentStart, t.employmentEnd, t.employmentForm, s.id AS siteId, s.name AS siteName,
          c.id AS cohortId, c.name AS cohortName, hp.id AS mainSupervisorId, hp.name AS mainSupervisorName
        FROM ${e('trainee')} t JOIN ${e('site')} s ON s.id = t.siteId JOIN ${e('cohort')} c ON c.id = t.cohortId
          JOIN ${ed('main_supervision')} m ON m.traineeId = t.id JOIN ${e('person')} hp ON hp.id = m.supervisorId
        ORDER BY t.familyName, t.givenName, t.id LIMIT 25`,
      ),
    ]);
    const ids = (page as Row[]).map((row) => String(row.id));
    if (ids.length === 0) return 2;
    await db.query(
      `SELECT p.traineeId AS traineeId, p.id AS id, p.kind AS kind, p.startDate AS startDate, p.endDate AS endDate, u.id AS unitId, u.name AS unitName
      FROM ${ed('placement')} p JOIN ${e('unit')} u ON u.id = p.unitId
      WHERE p.traineeId IN (${ids.map(() => '?').join(', ')}) AND p.startDate <= ? AND p.endDate >= ?`,
      [...ids, TODAY, TODAY],
    );
    return 3;
  },
  check: {
    product: (data) => (data.traineePage as { total: number }).total,
    floor: async (db) =>
      Number(((await db.query(`SELECT COUNT(*) AS total FROM ${db.table('employment', 'trainee')} t WHERE ${hasMainSupervisorSql(db)}`)) as Row[])[0].total),
  },
};

/** The dashboard's first page of a cohort's block schedule (apps/admin/src/block-schedule). */
const BLOCK_SCHEDULE_PER_PAGE = 50;
const BLOCK_SCHEDULE = `query ($cohortId: ID!) { cohortBlockSchedule(cohortId: $cohortId, page: 1, perPage: ${BLOCK_SCHEDULE_PER_PAGE}) {
  total items { trainee { id name } planStatus periods { kind startDate endDate placementId unit { id name } } } } }`;

/** The largest cohort at the size measured (set by prepare). */
let largestCohortId = '';

/**
 * The block schedule's first page by hand-written SQL on education's own tables: the cohort's first
 * trainees in name order with their plan beside the count, then the page's periods.
 */
async function blockScheduleFloor(db: FloorDatabase): Promise<{ total: number; trainees: Row[]; periods: Row[] }> {
  const e = (name: string) => db.table('employment', name);
  const ed = (name: string) => db.table('education', name);
  const [[count], trainees] = (await Promise.all([
    db.query(`SELECT COUNT(*) AS total FROM ${e('trainee')} t WHERE t.cohortId = ?`, [largestCohortId]),
    db.query(
      `SELECT t.id, t.givenName, t.familyName, tp.status FROM ${e('trainee')} t LEFT JOIN ${ed('training_plan')} tp ON tp.traineeId = t.id
      WHERE t.cohortId = ? ORDER BY t.familyName, t.givenName, t.id LIMIT ${BLOCK_SCHEDULE_PER_PAGE}`,
      [largestCohortId],
    ),
  ])) as [Row[], Row[]];
  const ids = trainees.map((row) => String(row.id));
  const marks = ids.map(() => '?').join(', ');
  const periods =
    ids.length === 0
      ? []
      : ((await db.query(
          `SELECT p.traineeId AS traineeId, p.id AS id, p.kind AS kind, p.startDate AS startDate, p.endDate AS endDate, u.id AS unitId, u.name AS unitName
            FROM ${ed('placement')} p JOIN ${e('unit')} u ON u.id = p.unitId WHERE p.traineeId IN (${marks})
          UNION ALL SELECT v.traineeId, v.id, 'VACATION', v.startDate, v.endDate, NULL, NULL FROM ${ed('planned_vacation')} v WHERE v.traineeId IN (${marks})
          ORDER BY startDate, id`,
          [...ids, ...ids],
        )) as Row[]);
  return { total: Number(count.total), trainees, periods };
}

/** The cohort's size, the page's trainees and their periods: the same figure from the product's answer and from the floor. */
const pageOfRows = (total: number, trainees: number, periods: number) => `${trainees} av ${total} BT-läkare, ${periods} perioder`;

/**
 * EDU-5: the first page (50 trainees) of the block schedule of the largest cohort (1 000 trainees at
 * scale 250), as the dashboard asks for it: the trainees with the plan's status and every placement and
 * vacation, from employment's read model, and the cohort's size.
 */
const blockSchedule: Scenario = {
  id: 'block-schedule',
  name: 'blockschema, största kullen, första sidan',
  query: BLOCK_SCHEDULE,
  get variables() {
    return { cohortId: largestCohortId };
  },
  applies: () => true,
  async prepare(db) {
    const [largest] = (await db.query(
      `SELECT cohortId, COUNT(*) AS n FROM ${db.table('employment', 'trainee')} GROUP BY cohortId ORDER BY n DESC, cohortId LIMIT 1`,
    )) as Row[];
    largestCohortId = String(largest.cohortId);
  },
  async direct(call) {
    // employment answers it all (the units are its own)
    await call('employment', BLOCK_SCHEDULE, { cohortId: largestCohortId });
  },
  async floor(db) {
    const { trainees } = await blockScheduleFloor(db);
    return trainees.length === 0 ? 2 : 3;
  },
  check: {
    product: (data) => {
      const { total, items } = data.cohortBlockSchedule as { total: number; items: { periods: unknown[] }[] };
      return pageOfRows(
        total,
        items.length,
        items.reduce((sum, row) => sum + row.periods.length, 0),
      );
    },
    floor: async (db) => {
      const { total, trainees, periods } = await blockScheduleFloor(db);
      return pageOfRows(total, trainees.length, periods.length);
    },
  },
};

export const SCENARIOS: readonly Scenario[] = [cohortOverview, startPage, traineeList, blockSchedule];

/** Straight to the subgraphs as `user`, with the gateway's secret, as the gateway would call them. */
export function subgraphCall(urls: Record<SubgraphName, string>, user: BenchUser): SubgraphCall {
  return async (subgraph, query, variables) => (await postGraphQL(urls[subgraph], query, { variables, headers: user.subgraphHeaders })).data;
}
