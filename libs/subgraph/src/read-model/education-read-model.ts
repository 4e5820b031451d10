import { In, type DataSource, type EntityManager } from 'typeorm';
import type { SubgraphModule } from '../subgraph-module';
import type { GatewayClient } from '../gateway.client';
import type { RunningSubgraph } from '../start-subgraph';
import type { SupervisionTables } from '../trainee-visibility';
import { ChangeFeedConsumer, readModelPollMsFromEnv } from './change-feed-consumer';
import { ReadMainSupervision } from './read-main-supervision.entity';
import { ReadModelCursor } from './read-model-cursor.entity';
import { ReadPlacement } from './read-placement.entity';
import { ReadPlannedVacation } from './read-planned-vacation.entity';
import { ReadTrainingPlan } from './read-training-plan.entity';
import type { EducationChange, TraineeEducationState } from './trainee-education-state';
import type { FeedChange } from '../change-feed/outbox';
import { EducationReadModel1768000000000 } from './migrations/1768000000000-education-read-model';
import { BlockScheduleReadModel1768525000000 } from './migrations/1768525000000-block-schedule-read-model';

/** The feed's name, and its cursor's key. */
export const EDUCATION_FEED = 'education';

/** The tables that hold what the feed tells per trainee: an event replaces the trainee's rows in each. */
const PER_TRAINEE_TABLES = [ReadPlacement, ReadMainSupervision, ReadPlannedVacation, ReadTrainingPlan];

/** Rows per INSERT: well under SQLite's 32 766 variables. */
const CHUNK = 400;

/** The read model's tables as a module of a subgraph that keeps it (employment, certification). */
export const educationReadModelModule: SubgraphModule = {
  resolvers: [],
  entities: [ReadPlacement, ReadMainSupervision, ReadPlannedVacation, ReadTrainingPlan, ReadModelCursor],
  migrations: [EducationReadModel1768000000000, BlockScheduleReadModel1768525000000],
};

/** Supervision as the read model knows it, for the row scope (TraineeRowScope). */
export const EDUCATION_READ_MODEL_TABLES: SupervisionTables = { placement: ReadPlacement, mainSupervision: ReadMainSupervision };

/**
 * Inserts rows with plain multi-row INSERT statements, CHUNK rows each: a catch-up applies thousands of
 * rows per page, and TypeORM's insert builder costs more CPU per row than the database does.
 */
async function insertChunked<T extends object>(manager: EntityManager, table: string, columns: (keyof T & string)[], rows: T[]): Promise<void> {
  const escape = (name: string) => manager.connection.driver.escape(name);
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await manager.query(
      `INSERT INTO ${escape(table)} (${columns.map(escape).join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}`,
      chunk.flatMap((row) => columns.map((column) => row[column])),
    );
  }
}

/**
 * Applies education's events: each replaces everything the model held for its trainee with the state
 * it carries (the newest event per trainee wins), so applying an event twice changes nothing. An event
 * written before the state carried kinds, vacation and plan status applies as "unknown": kind null, no
 * vacation, no plan (a replay refills them from the newest events).
 */
export async function applyEducationChanges(manager: EntityManager, changes: readonly EducationChange[]): Promise<void> {
  const newest = new Map<string, TraineeEducationState>();
  for (const change of changes) newest.set(change.traineeId, JSON.parse(change.state) as TraineeEducationState);
  const traineeIds = [...newest.keys()];
  for (let i = 0; i < traineeIds.length; i += CHUNK) {
    const chunk = traineeIds.slice(i, i + CHUNK);
    for (const table of PER_TRAINEE_TABLES) await manager.delete(table, { traineeId: In(chunk) });
  }
  const states = [...newest.values()];
  await insertChunked<ReadPlacement>(
    manager,
    'read_placement',
    ['id', 'traineeId', 'unitId', 'startDate', 'endDate', 'clinicalSupervisorId', 'kind'],
    states.flatMap((state) => state.placements.map((placement) => ({ ...placement, kind: placement.kind ?? null, traineeId: state.traineeId }))),
  );
  await insertChunked<ReadMainSupervision>(
    manager,
    'read_main_supervision',
    ['traineeId', 'supervisorId', 'fromDate'],
    states.flatMap((state) => state.mainSupervisors.map((main) => ({ ...main, traineeId: state.traineeId }))),
  );
  await insertChunked<ReadPlannedVacation>(
    manager,
    'read_planned_vacation',
    ['id', 'traineeId', 'startDate', 'endDate'],
    states.flatMap((state) => (state.plannedVacations ?? []).map((vacation) => ({ ...vacation, traineeId: state.traineeId }))),
  );
  await insertChunked<ReadTrainingPlan>(
    manager,
    'read_training_plan',
    ['traineeId', 'status'],
    states.flatMap((state) => (state.planStatus ? [{ traineeId: state.traineeId, status: state.planStatus }] : [])),
  );
}

/** The consumer of education's feed for a subgraph's read model, reading through the gateway as the subgraph's service identity. */
export function educationReadModelConsumer(
  dataSource: DataSource,
  gateway: GatewayClient,
  options: { pollMs: number; pageSize?: number; log?: (message: string) => void },
): ChangeFeedConsumer<EducationChange> {
  return new ChangeFeedConsumer<EducationChange>({
    feed: EDUCATION_FEED,
    dataSource,
    read: (after, first) => gateway.educationChanges(after, first),
    apply: applyEducationChanges,
    reset: async (manager) => {
      for (const table of PER_TRAINEE_TABLES) await manager.createQueryBuilder().delete().from(table).execute();
    },
    ...options,
  });
}

/** How a subgraph keeps its read model of another subgraph: the poll interval (default BT_READ_MODEL_POLL_MS) and where it logs. */
export interface ReadModelOptions {
  pollMs?: number;
  log?: (message: string) => void;
}

/** A running subgraph that keeps a read model of another subgraph's feed: `readModel` catches up on demand and reports its lag. */
export interface RunningSubgraphWithReadModel extends RunningSubgraph {
  readModel: ChangeFeedConsumer<FeedChange>;
}

/**
 * Starts a subgraph with its read model: the consumer polls from when the server runs (it reads
 * through the gateway, which may start later: until then it keeps serving the model it has and
 * retries) and stops before the server.
 */
export async function startWithReadModel(
  readModel: ChangeFeedConsumer<FeedChange>,
  start: () => Promise<RunningSubgraph>,
): Promise<RunningSubgraphWithReadModel> {
  const subgraph = await start();
  readModel.start();
  return {
    ...subgraph,
    readModel,
    async stop() {
      await readModel.stop();
      await subgraph.stop();
    },
  };
}

/** Starts a subgraph with its read model of education (employment, certification). */
export function startWithEducationReadModel(
  dataSource: DataSource,
  gateway: GatewayClient,
  options: ReadModelOptions,
  start: () => Promise<RunningSubgraph>,
): Promise<RunningSubgraphWithReadModel> {
  return startWithReadModel(educationReadModelConsumer(dataSource, gateway, { pollMs: options.pollMs ?? readModelPollMsFromEnv(), log: options.log }), start);
}
