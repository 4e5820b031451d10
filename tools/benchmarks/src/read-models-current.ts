import type { FloorDatabase } from './floor-database';

const POLL_MS = 250;

async function position(floor: FloorDatabase, subgraph: 'employment' | 'certification' | 'education', table: string, feed: string): Promise<number> {
  const rows = (await floor.query(`SELECT position FROM ${floor.table(subgraph, table)} WHERE feed = ?`, [feed])) as { position: number | string }[];
  return rows.length ? Number(rows[0].position) : 0;
}

/** Polls until `reached`, or throws what `late` says once `timeoutMs` from `started` have passed. */
async function until(started: number, timeoutMs: number, reached: () => Promise<boolean>, late: () => Promise<string>): Promise<void> {
  while (!(await reached())) {
    if (performance.now() - started > timeoutMs) throw new Error(await late());
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * Waits until education's read model has applied employment's whole change feed (it drafts the plans of
 * the seed's employed trainees, which are education's changes), then until the read models of
 * employment and certification have applied education's whole feed (their cursors at the feed's head):
 * the services start with the seed's events unapplied, and a figure measured before the read models
 * caught up counts the wrong rows. Returns the seconds it took.
 */
export async function readModelsCurrent(floor: FloorDatabase, timeoutMs: number): Promise<number> {
  const started = performance.now();
  const employmentHead = await position(floor, 'employment', 'change_feed_head', 'employment');
  const educationCursor = () => position(floor, 'education', 'read_model_cursor', 'employment');
  await until(
    started,
    timeoutMs,
    async () => (await educationCursor()) >= employmentHead,
    async () =>
      `Utbildningens läsmodell kom inte ikapp på ${timeoutMs / 1000} s: anställningsflödet är på ${employmentHead}, utbildning på ${await educationCursor()}.`,
  );
  const head = await position(floor, 'education', 'change_feed_head', 'education');
  const cursors = () =>
    Promise.all([position(floor, 'employment', 'read_model_cursor', 'education'), position(floor, 'certification', 'read_model_cursor', 'education')]);
  await until(
    started,
    timeoutMs,
    async () => (await cursors()).every((cursor) => cursor >= head),
    async () => {
      const [employment, certification] = await cursors();
      return `Läsmodellerna kom inte ikapp på ${timeoutMs / 1000} s: utbildningsflödet är på ${head}, anställning på ${employment}, intyg på ${certification}.`;
    },
  );
  return (performance.now() - started) / 1000;
}
