import type { DataSource } from 'typeorm';
import { Permission } from '@bt/auth';
import { yearQuarterProblems } from '@bt/domain';
import { fetchPage, pageRequest, SortOrder, type Actor, type Page, type Sorting } from '@bt/subgraph';
import { ExtraHoursFlag } from './extra-hours-flag.entity';
import type { ExtraHoursFlagPageArgs } from './extra-hours.types';
import { siteInScope } from './working-time.scope';

const FLAG_SORTING: Sorting = {
  fields: {
    quarterHours: [{ column: 'flag.quarterMinutes' }],
    yearHours: [{ column: 'flag.yearMinutes' }],
    flaggedAt: [{ column: 'flag.flaggedAt' }],
  },
  byDefault: [[{ column: 'flag.quarterMinutes' }, SortOrder.DESC]],
  unique: 'flag.id',
};

/**
 * ABS-6: the trainees over the limits after a quarter (flagged by the quarterly check or HR's
 * reconciliation), most hours first, one page: two statements (the page and its count) on the flags'
 * site index. ORG-1: the deputy director sees their own site only; HR (who reconciles) every site.
 */
export async function extraHoursFlagPage(dataSource: DataSource, actor: Actor, args: ExtraHoursFlagPageArgs): Promise<Page<ExtraHoursFlag>> {
  const request = pageRequest(args, FLAG_SORTING, yearQuarterProblems(args));
  const siteId = siteInScope(actor, [Permission.PLAN_EXTRA_HOURS, Permission.RECORD_WORKING_TIME], args.siteId);
  const query = dataSource.getRepository(ExtraHoursFlag).createQueryBuilder('flag').where('flag.year = :year AND flag.quarter = :quarter', args);
  if (siteId) query.andWhere('flag.siteId = :siteId', { siteId });
  return fetchPage(query, request);
}
