import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { assertPermissionReachesSite, Permission } from '@bt/auth';
import { cohortDeletionProblems, cohortName, cohortProblems, cohortSiteChangeProblems, missingReferences } from '@bt/domain';
import { badUserInput, fetchFirst, fetchPage, firstRequest, pageRequest, type Actor, type Page, updateVersioned, whereContains, whereIn } from '@bt/subgraph';
import { Cohort } from './cohort.entity';
import type { CohortInput } from './cohort.input';
import { COHORT_SORTING, type CohortFilter, type CohortPageArgs } from './cohort-page.args';
import { Site } from '../site/site.entity';
import { siteFilter } from '../site/site-filter';
import { Trainee } from '../trainee/trainee.entity';
import { markTraineesChanged } from '../trainee/trainee-counts';

/** The first `first` cohorts, newest first; the deputy director's own site unless another site or all sites are asked for. */
export function cohorts(dataSource: DataSource, { viewer }: Actor, siteId: string | undefined, allSites: boolean, first: number): Promise<Cohort[]> {
  const request = firstRequest(first, COHORT_SORTING);
  const site = siteFilter(viewer, siteId, allSites);
  return fetchFirst(cohortQuery(dataSource, site ? { siteId: site } : {}), request);
}

/** One page of cohorts: filter, order, total. */
export function cohortPage(dataSource: DataSource, args: CohortPageArgs): Promise<Page<Cohort>> {
  const request = pageRequest(args, COHORT_SORTING);
  return fetchPage(cohortQuery(dataSource, args.filter ?? {}), request);
}

/** The cohorts a filter selects, with their site joined for sorting. */
function cohortQuery(dataSource: DataSource, filter: CohortFilter) {
  const query = dataSource.getRepository(Cohort).createQueryBuilder('cohort').leftJoin(Site, 'site', 'site.id = cohort.siteId');
  whereIn(query, 'cohort.id', filter.ids, 'ids');
  if (filter.siteId != null) query.andWhere('cohort.siteId = :siteId', { siteId: filter.siteId });
  if (filter.year != null)
    query.andWhere('cohort.startDate BETWEEN :yearStart AND :yearEnd', { yearStart: `${filter.year}-01-01`, yearEnd: `${filter.year}-12-31` });
  whereContains(query, ['cohort.name'], filter.q, 'q');
  return query;
}

/** The stored cohort for an input that has passed its checks; without a name it is named by term, year and site. */
function cohortFrom(id: string, input: CohortInput, site: Site): Cohort {
  return Object.assign(new Cohort(), { id, siteId: site.id, startDate: input.startDate, name: input.name?.trim() || cohortName(input.startDate, site.name) });
}

/** ORG-1: a cohort at a site the actor decides for (the deputy director: their own site). */
export async function createCohort(dataSource: DataSource, { viewer, today }: Actor, input: CohortInput): Promise<Cohort> {
  assertPermissionReachesSite(viewer, Permission.EDIT_COHORTS, input.siteId);
  const site = await dataSource.getRepository(Site).findOneBy({ id: input.siteId });
  const problems = [...missingReferences([['Huvudorten', 'input.siteId', input.siteId, site]]), ...cohortProblems(input)];
  if (problems.length > 0 || !site) throw badUserInput(problems);
  const cohort = cohortFrom(randomUUID(), input, site);
  await dataSource.transaction(async (manager) => {
    await manager.insert(Cohort, cohort);
    await markTraineesChanged(manager, [], today);
  });
  return cohort;
}

/** ORG-1: changes a cohort at a site the actor decides for, to such a site; a cohort with trainees keeps its site. */
export async function updateCohort(dataSource: DataSource, { viewer, today }: Actor, id: string, version: number, input: CohortInput): Promise<Cohort> {
  const [existing, site] = await Promise.all([
    dataSource.getRepository(Cohort).findOneBy({ id }),
    dataSource.getRepository(Site).findOneBy({ id: input.siteId }),
  ]);
  if (existing) assertPermissionReachesSite(viewer, Permission.EDIT_COHORTS, existing.siteId);
  assertPermissionReachesSite(viewer, Permission.EDIT_COHORTS, input.siteId);
  const problems = [
    ...missingReferences([
      ['Kullen', 'id', id, existing],
      ['Huvudorten', 'input.siteId', input.siteId, site],
    ]),
    ...cohortProblems(input),
  ];
  if (problems.length > 0 || !existing || !site) throw badUserInput(problems);
  return dataSource.transaction(async (manager) => {
    const trainees = existing.siteId === site.id ? 0 : await manager.countBy(Trainee, { cohortId: id });
    const moveProblems = cohortSiteChangeProblems(existing.siteId, site.id, trainees);
    if (moveProblems.length > 0) throw badUserInput(moveProblems);
    const cohort = cohortFrom(id, input, site);
    const columns = { name: cohort.name, siteId: cohort.siteId, startDate: cohort.startDate };
    cohort.version = await updateVersioned(manager, Cohort, { id, version, what: 'kullen' }, columns);
    await markTraineesChanged(manager, [], today);
    return cohort;
  });
}

/** ORG-1: deletes a cohort without trainees at a site the actor decides for. */
export function deleteCohort(dataSource: DataSource, { viewer, today }: Actor, id: string): Promise<Cohort> {
  return dataSource.transaction(async (manager) => {
    const cohort = await manager.findOneBy(Cohort, { id });
    if (!cohort) throw badUserInput(missingReferences([['Kullen', 'id', id, cohort]]));
    assertPermissionReachesSite(viewer, Permission.EDIT_COHORTS, cohort.siteId);
    const problems = cohortDeletionProblems(await manager.countBy(Trainee, { cohortId: id }));
    if (problems.length > 0) throw badUserInput(problems);
    await manager.delete(Cohort, { id });
    await markTraineesChanged(manager, [], today);
    return cohort;
  });
}
