import { randomUUID } from 'node:crypto';
import { In, Not, type DataSource } from 'typeorm';
import { assertPermissionReachesSite, Permission } from '@bt/auth';
import { daysAheadProblems, EmploymentForm, missingReferences, normalizedPersonalIdentityNumber, problem, traineeEmploymentProblems } from '@bt/domain';
import { badUserInput, fetchPage, pageRequest, type Actor, type Page, type TraineeRowScope, updateVersioned } from '@bt/subgraph';
import { Trainee } from './trainee.entity';
import type { TraineeEmploymentInput } from './trainee-employment.input';
import { TRAINEE_SORTING, type TraineePageArgs } from './trainee-page.args';
import { traineePageQuery } from './trainee-page.query';
import { countedOnce, markTraineesChanged } from './trainee-counts';
import { newTraineeUsername } from './trainee-username';
import { Cohort } from '../cohort/cohort.entity';
import { Site } from '../site/site.entity';
import { Unit } from '../unit/unit.entity';
import { siteFilter } from '../site/site-filter';
import { AuditEvent } from '../audit/audit-event.entity';
import { auditEvent } from '../audit/audit-log';

/**
 * The first `first` trainees in scope in name order, of a cohort or site; the deputy director's own site
 * unless another site or all sites are asked for.
 */
export async function trainees(
  dataSource: DataSource,
  { viewer }: Actor,
  traineeScope: TraineeRowScope,
  where: { cohortId?: string; siteId?: string; allSites: boolean },
  first: number,
): Promise<Trainee[]> {
  const site = where.cohortId ? where.siteId : siteFilter(viewer, where.siteId, where.allSites);
  const query = dataSource.getRepository(Trainee).createQueryBuilder('trainee');
  if (where.cohortId) query.andWhere('trainee.cohortId = :cohortId', { cohortId: where.cohortId });
  if (site) query.andWhere('trainee.siteId = :siteId', { siteId: site });
  traineeScope.restrict(query, 'trainee.id');
  return query.orderBy('trainee.familyName', 'ASC').addOrderBy('trainee.givenName', 'ASC').addOrderBy('trainee.id', 'ASC').limit(first).getMany();
}

/** One page of the trainees in scope: scope and filter in SQL, education's criteria on its read model. */
export async function traineePage(dataSource: DataSource, { today }: Actor, traineeScope: TraineeRowScope, args: TraineePageArgs): Promise<Page<Trainee>> {
  const filter = args.filter ?? {};
  const request = pageRequest(args, TRAINEE_SORTING, daysAheadProblems(filter.placementStartingWithinDays));
  // the total counts every matching trainee: kept until trainees, cohorts or the read model change
  const countKey = `traineePage:${today}:${JSON.stringify(traineeScope.scope)}:${JSON.stringify(filter)}`;
  return fetchPage(traineePageQuery(dataSource, today, filter, traineeScope), request, (count) => countedOnce(dataSource, countKey, count));
}

/** EMP-1: the unit of the ST employment, kept for an integrated BT only. */
const stUnitIdOf = (input: TraineeEmploymentInput): string | null => (input.employmentForm === EmploymentForm.INTEGRATED ? (input.stUnitId ?? null) : null);

/**
 * The checks of a trainee's employment as the form gives it (traineeEmploymentProblems, the references,
 * a personal identity number of no other trainee than `id`). ORG-1: the actor's EDIT_EMPLOYMENT must
 * reach the site of the trainee's cohort (`currentCohortId`, when changed) and of the cohort it goes to
 * (the deputy director: their own site only). Refused with every problem at once; else the normalised
 * personal identity number.
 */
async function checkedEmployment(
  dataSource: DataSource,
  { viewer, today }: Actor,
  input: TraineeEmploymentInput,
  existing?: { id: string; trainee: Trainee | null },
): Promise<string> {
  const trainee = existing?.trainee;
  const stUnitId = stUnitIdOf(input);
  const [site, cohorts, stUnit] = await Promise.all([
    dataSource.getRepository(Site).findOneBy({ id: input.siteId }),
    dataSource.getRepository(Cohort).findBy({ id: In([input.cohortId, ...(trainee ? [trainee.cohortId] : [])]) }),
    stUnitId ? dataSource.getRepository(Unit).findOneBy({ id: stUnitId }) : null,
  ]);
  const cohort = cohorts.find((found) => found.id === input.cohortId);
  if (trainee)
    assertPermissionReachesSite(viewer, Permission.EDIT_EMPLOYMENT, cohorts.find((found) => found.id === trainee.cohortId)?.siteId ?? trainee.siteId);
  assertPermissionReachesSite(viewer, Permission.EDIT_EMPLOYMENT, cohort?.siteId ?? input.siteId);
  const references: Parameters<typeof missingReferences>[0] = [
    ['Huvudorten', 'input.siteId', input.siteId, site],
    ['Kullen', 'input.cohortId', input.cohortId, cohort],
    ['ST-enheten', 'input.stUnitId', stUnitId, stUnit],
  ];
  if (existing) references.unshift(['BT-läkaren', 'id', existing.id, trainee]);
  const problems = [...missingReferences(references), ...traineeEmploymentProblems(input, { today, siteId: input.siteId, cohortSiteId: cohort?.siteId })];
  const personalIdentityNumber = normalizedPersonalIdentityNumber(input.personalIdentityNumber, today);
  const otherTrainee = existing ? { personalIdentityNumber, id: Not(existing.id) } : { personalIdentityNumber };
  if (personalIdentityNumber && (await dataSource.getRepository(Trainee).existsBy(otherTrainee))) {
    problems.push(
      problem('PERSONAL_IDENTITY_NUMBER_TAKEN', 'Personnumret tillhör en annan BT-läkare. Kontrollera personnumret.', {
        field: 'input.personalIdentityNumber',
      }),
    );
  }
  if (problems.length > 0 || !personalIdentityNumber) throw badUserInput(problems);
  return personalIdentityNumber;
}

/** The stored employment of a checked input. */
function employmentColumns(input: TraineeEmploymentInput, personalIdentityNumber: string) {
  return {
    givenName: input.givenName.trim(),
    familyName: input.familyName.trim(),
    personalIdentityNumber,
    siteId: input.siteId,
    cohortId: input.cohortId,
    employmentStart: input.employmentStart,
    employmentEnd: input.employmentEnd,
    employmentForm: input.employmentForm,
    stUnitId: stUnitIdOf(input),
  };
}

/**
 * EMP-1: employs a trainee directly (without an offer, e.g. an integrated BT within an ST employment),
 * audited, with a user name of their own; the change feed tells education, which drafts the plan (EDU-5).
 */
export async function createTrainee(dataSource: DataSource, actor: Actor, input: TraineeEmploymentInput): Promise<Trainee> {
  const personalIdentityNumber = await checkedEmployment(dataSource, actor, input);
  const columns = employmentColumns(input, personalIdentityNumber);
  return dataSource.transaction(async (manager) => {
    const trainee = Object.assign(new Trainee(), {
      id: randomUUID(),
      username: await newTraineeUsername(manager, columns.givenName, columns.familyName),
      ...columns,
    });
    await manager.insert(Trainee, trainee);
    await manager.insert(AuditEvent, auditEvent(actor, 'CREATE_TRAINEE', 'Trainee', trainee.id));
    await markTraineesChanged(manager, [trainee.id], actor.today);
    return trainee;
  });
}

/** Changes a trainee's employment, audited (checkedEmployment: ORG-1 for both cohorts' sites). */
export async function updateTraineeEmployment(
  dataSource: DataSource,
  actor: Actor,
  id: string,
  version: number,
  input: TraineeEmploymentInput,
): Promise<Trainee> {
  const trainee = await dataSource.getRepository(Trainee).findOneBy({ id });
  const changes = employmentColumns(input, await checkedEmployment(dataSource, actor, input, { id, trainee }));
  const updated = await dataSource.transaction(async (manager) => {
    const next = await updateVersioned(manager, Trainee, { id, version, what: 'BT-läkaren' }, changes);
    await manager.insert(AuditEvent, auditEvent(actor, 'UPDATE_TRAINEE_EMPLOYMENT', 'Trainee', id));
    await markTraineesChanged(manager, [id], actor.today);
    return next;
  });
  return Object.assign(new Trainee(), { ...trainee, ...changes, version: updated });
}
