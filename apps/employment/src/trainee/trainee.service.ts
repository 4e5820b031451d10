import { In, Not, type DataSource } from 'typeorm';
import { assertPermissionReachesSite, inScope, Permission, type TraineeScope } from '@bt/auth';
import { daysAheadProblems, missingReferences, normalizedPersonalIdentityNumber, problem, traineeEmploymentProblems } from '@bt/domain';
import { badUserInput, fetchPage, pageRequest, type Actor, type Page, updateVersioned } from '@bt/subgraph';
import { Trainee } from './trainee.entity';
import type { TraineeEmploymentInput } from './trainee-employment.input';
import { TRAINEE_SORTING, type TraineePageArgs } from './trainee-page.args';
import { traineePageQuery } from './trainee-page.query';
import { educationTraineeSets, type EducationTraineeIds } from './education-lookup';
import { Cohort } from '../cohort/cohort.entity';
import { Site } from '../site/site.entity';
import { siteFilter } from '../site/site-filter';
import { AuditEvent } from '../audit/audit-event.entity';
import { auditEvent } from '../audit/audit-log';

/** Which trainees the actor may see (worked out once per request; a supervisor's come from education). */
export type TraineeScopeOf = () => Promise<TraineeScope>;

/** The trainees in scope, of a cohort or site; the deputy director's own site unless another site or all sites are asked for. */
export async function trainees(
  dataSource: DataSource,
  { viewer }: Actor,
  traineeScope: TraineeScopeOf,
  where: { cohortId?: string; siteId?: string; allSites: boolean },
): Promise<Trainee[]> {
  const site = where.cohortId ? where.siteId : siteFilter(viewer, where.siteId, where.allSites);
  const [found, scope] = await Promise.all([
    dataSource.getRepository(Trainee).find({
      where: { ...(where.cohortId ? { cohortId: where.cohortId } : {}), ...(site ? { siteId: site } : {}) },
      order: { familyName: 'ASC', givenName: 'ASC' },
    }),
    traineeScope(),
  ]);
  return found.filter((trainee) => inScope(scope, trainee.id));
}

/** One page of the trainees in scope: the filter in SQL, with education's criteria asked in one call. */
export async function traineePage(
  dataSource: DataSource,
  { today }: Actor,
  traineeScope: TraineeScopeOf,
  args: TraineePageArgs,
  educationTraineeIds: EducationTraineeIds,
): Promise<Page<Trainee>> {
  const filter = args.filter ?? {};
  const request = pageRequest(args, TRAINEE_SORTING, daysAheadProblems(filter.placementStartingWithinDays));
  const [scope, education] = await Promise.all([traineeScope(), educationTraineeSets(educationTraineeIds, filter)]);
  return fetchPage(traineePageQuery(dataSource, today, filter, scope, education), request);
}

/**
 * Changes a trainee's employment, audited. ORG-1: the actor's EDIT_EMPLOYMENT must reach the site of
 * the trainee's cohort and of the cohort it moves to (the deputy director: their own site only).
 */
export async function updateTraineeEmployment(
  dataSource: DataSource,
  actor: Actor,
  id: string,
  version: number,
  input: TraineeEmploymentInput,
): Promise<Trainee> {
  const { viewer, today } = actor;
  const [trainee, site] = await Promise.all([
    dataSource.getRepository(Trainee).findOneBy({ id }),
    dataSource.getRepository(Site).findOneBy({ id: input.siteId }),
  ]);
  const cohorts = await dataSource.getRepository(Cohort).findBy({ id: In([input.cohortId, ...(trainee ? [trainee.cohortId] : [])]) });
  const cohort = cohorts.find((found) => found.id === input.cohortId);
  if (trainee)
    assertPermissionReachesSite(viewer, Permission.EDIT_EMPLOYMENT, cohorts.find((found) => found.id === trainee.cohortId)?.siteId ?? trainee.siteId);
  assertPermissionReachesSite(viewer, Permission.EDIT_EMPLOYMENT, cohort?.siteId ?? input.siteId);
  const problems = [
    ...missingReferences([
      ['BT-läkaren', 'id', id, trainee],
      ['Huvudorten', 'input.siteId', input.siteId, site],
      ['Kullen', 'input.cohortId', input.cohortId, cohort],
    ]),
    ...traineeEmploymentProblems(input, { today, siteId: input.siteId, cohortSiteId: cohort?.siteId }),
  ];
  const personalIdentityNumber = normalizedPersonalIdentityNumber(input.personalIdentityNumber, today);
  if (personalIdentityNumber && (await dataSource.getRepository(Trainee).existsBy({ personalIdentityNumber, id: Not(id) }))) {
    problems.push(
      problem('PERSONAL_IDENTITY_NUMBER_TAKEN', 'Personnumret tillhör en annan BT-läkare. Kontrollera personnumret.', {
        field: 'input.personalIdentityNumber',
      }),
    );
  }
  if (problems.length > 0 || !personalIdentityNumber) throw badUserInput(problems);
  const changes = {
    givenName: input.givenName.trim(),
    familyName: input.familyName.trim(),
    personalIdentityNumber,
    siteId: input.siteId,
    cohortId: input.cohortId,
    employmentStart: input.employmentStart,
    employmentEnd: input.employmentEnd,
    employmentForm: input.employmentForm,
  };
  const updated = await dataSource.transaction(async (manager) => {
    const next = await updateVersioned(manager, Trainee, { id, version, what: 'BT-läkaren' }, changes);
    await manager.insert(AuditEvent, auditEvent(actor, 'UPDATE_TRAINEE_EMPLOYMENT', 'Trainee', id));
    return next;
  });
  return Object.assign(new Trainee(), { ...trainee, ...changes, version: updated });
}
