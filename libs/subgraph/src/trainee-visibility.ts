import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { forbidden, Permission, resolveTraineeScope, type TraineeScope } from '@bt/auth';
import { clinicalSupervisionBounds, type IsoDate } from '@bt/domain';
import type { SubgraphContext } from './subgraph-context';
import { guardReference } from './guard-reference';

/** A placement as far as supervision goes: whose, when, and under which clinical supervisor. */
export interface SupervisedPlacementRow {
  traineeId: string;
  clinicalSupervisorId: string | null;
  startDate: string;
  endDate: string;
}

/** A trainee's main supervisor (EDU-7). */
export interface MainSupervisionRow {
  traineeId: string;
  supervisorId: string;
}

/**
 * Where a subgraph finds who supervises whom: education its own tables, employment and certification
 * their read model of education (EDUCATION_READ_MODEL_TABLES), with the same columns.
 */
export interface SupervisionTables {
  placement: EntityTarget<SupervisedPlacementRow>;
  mainSupervision: EntityTarget<MainSupervisionRow>;
}

/** Trainee ids asked about in one statement at most (well under SQLite's 32 766 variables). */
const MAX_BATCH = 500;

/**
 * The caller's row scope (TraineeScope) as SQL on the subgraph's own tables: lists get a semi-join
 * condition, single trainees a lookup batched per tick. EDU-7, EDU-8, EDU-9: a supervisor sees the
 * trainees they are main supervisor of, and those with a placement under them as clinical supervisor
 * that is current, starts within a few weeks or ended a few weeks ago (CLINICAL_SUPERVISION_WINDOW).
 */
export class TraineeRowScope {
  private loader?: DataLoader<string, boolean>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly tables: SupervisionTables,
    readonly scope: TraineeScope,
    private readonly today: IsoDate,
  ) {}

  get all(): boolean {
    return this.scope.all;
  }

  /**
   * Narrows `query` to the trainees in scope, `column` being the trainee id of its rows, with no id list:
   * per kind of supervision a semi-join on the supervisor's rows (`IN (SELECT traineeId … WHERE
   * supervisorId …)`, found by the supervisor index and read once per statement).
   */
  restrict<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, column: string): void {
    if (this.scope.all) return;
    const { traineeId, supervisorId } = this.scope;
    const alternatives: string[] = [];
    if (traineeId) alternatives.push(`${column} = :scopeTraineeId`);
    if (supervisorId) {
      const main = query
        .subQuery()
        .select('scopeMain.traineeId')
        .from(this.tables.mainSupervision, 'scopeMain')
        .where('scopeMain.supervisorId = :scopeSupervisorId');
      const clinical = query
        .subQuery()
        .select('scopeClinical.traineeId')
        .from(this.tables.placement, 'scopeClinical')
        .where(
          'scopeClinical.clinicalSupervisorId = :scopeSupervisorId AND scopeClinical.startDate <= :scopeStartsBy AND scopeClinical.endDate >= :scopeEndsFrom',
        );
      alternatives.push(`${column} IN ${main.getQuery()}`, `${column} IN ${clinical.getQuery()}`);
    }
    if (alternatives.length === 0) {
      query.andWhere('1 = 0');
      return;
    }
    const { startsBy, endsFrom } = clinicalSupervisionBounds(this.today);
    query.andWhere(`(${alternatives.join(' OR ')})`, {
      scopeTraineeId: traineeId,
      scopeSupervisorId: supervisorId,
      scopeStartsBy: startsBy,
      scopeEndsFrom: endsFrom,
    });
  }

  /** Whether the caller may see the trainee: no SQL for all or oneself, else one statement for all trainees asked about in the same tick. */
  async sees(traineeId: string): Promise<boolean> {
    if (this.scope.all || traineeId === this.scope.traineeId) return true;
    if (!this.scope.supervisorId) return false;
    this.loader ??= new DataLoader((ids) => this.supervised(ids), { maxBatchSize: MAX_BATCH });
    return this.loader.load(traineeId);
  }

  /** The items whose trainee the caller may see, in their order. */
  async visible<T>(items: readonly T[], traineeIdOf: (item: T) => string): Promise<T[]> {
    if (this.scope.all) return [...items];
    const seen = await Promise.all(items.map((item) => this.sees(traineeIdOf(item))));
    return items.filter((_, index) => seen[index]);
  }

  /** Which of `ids` the scope's supervisor supervises: one statement (a UNION of the two kinds of supervision). */
  private async supervised(ids: readonly string[]): Promise<boolean[]> {
    const { startsBy, endsFrom } = clinicalSupervisionBounds(this.today);
    const supervisorId = this.scope.all ? undefined : this.scope.supervisorId;
    const main = this.dataSource
      .createQueryBuilder()
      .select('main.traineeId', 'traineeId')
      .from(this.tables.mainSupervision, 'main')
      .where('main.supervisorId = :supervisorId AND main.traineeId IN (:...ids)', { supervisorId, ids });
    const clinical = this.dataSource
      .createQueryBuilder()
      .select('clinical.traineeId', 'traineeId')
      .from(this.tables.placement, 'clinical')
      .where('clinical.clinicalSupervisorId = :supervisorId AND clinical.startDate <= :startsBy AND clinical.endDate >= :endsFrom', {
        supervisorId,
        startsBy,
        endsFrom,
      })
      .andWhere('clinical.traineeId IN (:...ids)', { ids });
    const [mainSql, mainParameters] = main.getQueryAndParameters();
    const [clinicalSql, clinicalParameters] = clinical.getQueryAndParameters();
    const rows: { traineeId: string }[] = await this.dataSource.query(`${mainSql} UNION ${clinicalSql}`, [...mainParameters, ...clinicalParameters]);
    const found = new Set(rows.map((row) => row.traineeId));
    return ids.map((id) => found.has(id));
  }
}

/** A subgraph context that knows which trainees its caller may see. */
export interface TraineeScopedContext extends SubgraphContext {
  traineeScope: TraineeRowScope;
}

/** The caller's row scope for one request, on the subgraph's supervision tables. */
export function requestTraineeScope(base: SubgraphContext, dataSource: DataSource, tables: SupervisionTables): TraineeRowScope {
  return new TraineeRowScope(dataSource, tables, resolveTraineeScope(base.viewer), base.today);
}

/** Row-level check for anything that belongs to a trainee: refused with FORBIDDEN (TRAINEE_NOT_IN_SCOPE) outside the caller's scope. */
export async function assertTraineeVisible(context: TraineeScopedContext, traineeId: string, message: string): Promise<void> {
  if (!(await context.traineeScope.sees(traineeId))) throw forbidden(message, 'TRAINEE_NOT_IN_SCOPE');
}

/**
 * The `_entities` reference resolver of a row that belongs to a trainee (a checkpoint record, a
 * handover, an access task): READ_TRAINEES, then the row's trainee within the caller's row scope.
 */
export function traineeRowReference<T extends { traineeId: string }>(entity: EntityTarget<T>, message: string) {
  return guardReference(
    Permission.READ_TRAINEES,
    async (reference: { id: string }, context: TraineeScopedContext & { dataSource: DataSource }): Promise<T | null> => {
      const row = await context.dataSource.getRepository(entity).findOneBy({ id: reference.id } as never);
      if (row) await assertTraineeVisible(context, row.traineeId, message);
      return row;
    },
  );
}
