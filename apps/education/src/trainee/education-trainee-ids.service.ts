import type { DataSource, ObjectLiteral } from 'typeorm';
import { hasPermission, Permission, type TraineeScope } from '@bt/auth';
import { addDays, daysAheadProblems, educationTraineeCriteriaProblems, type EducationTraineeCriteria, type IsoDate } from '@bt/domain';
import { badUserInput, whereIn, type Actor } from '@bt/subgraph';
import { MainSupervision } from '../supervision/main-supervision.entity';
import { Placement } from '../placement/placement.entity';

/** One criterion: rows of `entity` (by trainee) that meet `condition` for a table alias. */
interface Criterion {
  entity: typeof Placement | typeof MainSupervision;
  condition: (alias: string) => string;
  parameters: ObjectLiteral;
}

/** The given criteria, placement ones first: an index range on them narrows the most. */
function criteriaOf(criteria: EducationTraineeCriteria, today: IsoDate): Criterion[] {
  const list: Criterion[] = [];
  if (criteria.placementStartingWithinDays != null) {
    list.push({
      entity: Placement,
      condition: (a) => `${a}.startDate >= :from AND ${a}.startDate <= :until`,
      parameters: { from: today, until: addDays(today, criteria.placementStartingWithinDays) },
    });
  }
  if (criteria.currentUnitId != null) {
    list.push({
      entity: Placement,
      condition: (a) => `${a}.unitId = :unitId AND ${a}.startDate <= :today AND ${a}.endDate >= :today`,
      parameters: { unitId: criteria.currentUnitId, today },
    });
  }
  if (criteria.mainSupervisorId != null || criteria.withMainSupervisor === true) {
    list.push({
      entity: MainSupervision,
      condition: (a) => (criteria.mainSupervisorId != null ? `${a}.supervisorId = :supervisorId` : '1 = 1'),
      parameters: criteria.mainSupervisorId != null ? { supervisorId: criteria.mainSupervisorId } : {},
    });
  }
  return list;
}

/**
 * The ids of the trainees in `scope` that meet every criterion, in one SQL statement: the first
 * criterion selects the candidates, each other one is an EXISTS on the candidate's own rows (by the
 * traineeId indexes), so different placements may meet different criteria.
 */
async function traineeIdsMeeting(dataSource: DataSource, criteria: EducationTraineeCriteria, scope: TraineeScope, today: IsoDate): Promise<string[]> {
  const [first, ...others] = criteriaOf(criteria, today);
  const query = dataSource
    .getRepository(first.entity)
    .createQueryBuilder('candidate')
    .select('candidate.traineeId', 'traineeId')
    .distinct(true)
    .where(first.condition('candidate'), first.parameters);
  others.forEach((criterion, index) => {
    const alias = `also${index}`;
    const rows = query
      .subQuery()
      .select('1')
      .from(criterion.entity, alias)
      .where(`${alias}.traineeId = candidate.traineeId AND ${criterion.condition(alias)}`);
    query.andWhere(`EXISTS ${rows.getQuery()}`, criterion.parameters);
  });
  if (!scope.all) whereIn(query, 'candidate.traineeId', [...scope.ids], 'scopeIds');
  const rows: { traineeId: string }[] = await query.orderBy('candidate.traineeId').getRawMany();
  return rows.map((row) => row.traineeId);
}

/**
 * The trainees that meet the criteria, within the actor's row scope (`callerScope`) — or all of them
 * for employment's service identity, which narrows the answer to its own caller's scope. BAD_USER_INPUT
 * naming every problem of the filter, before anything is read.
 */
export async function educationTraineeIds(
  dataSource: DataSource,
  actor: Actor,
  criteria: EducationTraineeCriteria,
  callerScope: () => Promise<TraineeScope>,
): Promise<string[]> {
  const problems = [...daysAheadProblems(criteria.placementStartingWithinDays), ...educationTraineeCriteriaProblems(criteria)];
  if (problems.length > 0) throw badUserInput(problems);
  const scope: TraineeScope = hasPermission(actor.viewer, Permission.FIND_TRAINEES_BY_EDUCATION) ? { all: true } : await callerScope();
  return traineeIdsMeeting(dataSource, criteria, scope, actor.today);
}
