import { MoreThan, Table, type DataSource, type EntityManager, type EntityTarget, type ObjectLiteral, type QueryRunner } from 'typeorm';
import { problem, type Problem } from '@bt/domain';
import { badUserInput } from '../input-errors';
import type { FeedEvent } from '../read-model/change-feed-consumer';
import { ChangeEvent } from './change-event.entity';
import { ChangeFeedHead } from './change-feed-head.entity';

/**
 * One event of a subgraph's change feed as its feed query answers it (educationChanges,
 * employmentChanges): `state` is the trainee's whole state after the change, in JSON.
 */
export interface FeedChange extends FeedEvent {
  traineeId: string;
  state: string;
}

/** Most events per page of a feed. */
export const MAX_CHANGES_PER_PAGE = 2000;

/** Events per INSERT: well under SQLite's 32 766 variables. */
const CHUNK = 400;

/**
 * Appends an event per trainee to the feed `feed`, in the caller's transaction after its writes, each
 * carrying the trainee's state as `statesOf` reads it now. The positions are taken under the lock of
 * the feed's head row, which the transaction holds until it commits: the next writer's positions come
 * after these, so positions grow in the order of commits and a reader never misses an event.
 */
export async function recordFeedChanges<S extends { traineeId: string }>(
  manager: EntityManager,
  feed: string,
  traineeIds: readonly string[],
  statesOf: (manager: EntityManager, traineeIds: readonly string[]) => Promise<S[]>,
  now = new Date(),
): Promise<void> {
  const ids = [...new Set(traineeIds)].sort();
  if (ids.length === 0) return;
  await manager
    .createQueryBuilder()
    .update(ChangeFeedHead)
    .set({ position: () => `position + ${ids.length}` })
    .where({ feed })
    .execute();
  const head = await manager.getRepository(ChangeFeedHead).findOneByOrFail({ feed });
  const first = head.position - ids.length + 1;
  const events = (await statesOf(manager, ids)).map((state, index) => ({
    position: first + index,
    traineeId: state.traineeId,
    state: JSON.stringify(state),
    createdAt: now,
  }));
  for (let i = 0; i < events.length; i += CHUNK) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(ChangeEvent)
      .values(events.slice(i, i + CHUNK))
      .updateEntity(false)
      .execute();
  }
}

/**
 * The trainees of `entity` (by its column `traineeIdColumn`) that have no event in the feed yet: rows
 * loaded in bulk (the demo data) that are to be published like any other change. One statement.
 */
export async function unpublishedTraineeIds<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  traineeIdColumn: string,
): Promise<string[]> {
  const rows = await dataSource
    .getRepository(entity)
    .createQueryBuilder('row')
    .select(`DISTINCT row.${traineeIdColumn}`, 'traineeId')
    .where((query) => `NOT EXISTS ${query.subQuery().select('1').from(ChangeEvent, 'event').where(`event.traineeId = row.${traineeIdColumn}`).getQuery()}`)
    .getRawMany<{ traineeId: string }>();
  return rows.map((row) => row.traineeId);
}

function pageProblems(after: number, first: number): Problem[] {
  const problems: Problem[] = [];
  if (!Number.isInteger(after) || after < 0)
    problems.push(problem('FEED_POSITION_INVALID', 'Positionen måste vara ett heltal, 0 eller större.', { field: 'after' }));
  if (!Number.isInteger(first) || first < 1 || first > MAX_CHANGES_PER_PAGE) {
    problems.push(
      problem('FEED_PAGE_SIZE_OUT_OF_RANGE', `Antalet ändringar per sida ska vara mellan 1 och ${MAX_CHANGES_PER_PAGE}.`, {
        field: 'first',
        params: { limit: MAX_CHANGES_PER_PAGE },
      }),
    );
  }
  return problems;
}

/** The feed's events after position `after`, at most `first`, oldest first: one statement by the primary key. */
export async function feedPage(dataSource: DataSource, after: number, first: number): Promise<FeedChange[]> {
  const problems = pageProblems(after, first);
  if (problems.length > 0) throw badUserInput(problems);
  const events = await dataSource.getRepository(ChangeEvent).find({ where: { position: MoreThan(after) }, order: { position: 'ASC' }, take: first });
  return events.map(({ position, traineeId, state, createdAt }) => ({ position, traineeId, state, createdAt: createdAt.toISOString() }));
}

/** A migration's part for a subgraph's change feed: the outbox (change_event) and the head of its positions, at 0. */
export async function createChangeFeedTables(queryRunner: QueryRunner, feed: string): Promise<void> {
  await queryRunner.createTable(
    new Table({
      name: 'change_event',
      columns: [
        { name: 'position', type: 'integer', isPrimary: true },
        { name: 'traineeId', type: 'varchar', length: '36' },
        { name: 'state', type: 'text' },
        { name: 'createdAt', type: 'datetime', precision: 3 },
      ],
      indices: [{ name: 'IDX_change_event_trainee', columnNames: ['traineeId'] }],
    }),
  );
  await queryRunner.createTable(
    new Table({
      name: 'change_feed_head',
      columns: [
        { name: 'feed', type: 'varchar', length: '50', isPrimary: true },
        { name: 'position', type: 'integer' },
      ],
    }),
  );
  await queryRunner.query(`INSERT INTO change_feed_head (feed, position) VALUES (?, 0)`, [feed]);
}

export async function dropChangeFeedTables(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.dropTable('change_feed_head');
  await queryRunner.dropTable('change_event');
}
