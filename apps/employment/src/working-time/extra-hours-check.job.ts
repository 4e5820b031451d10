import { systemActor, type Job } from '@bt/jobs';
import { lastCompletedQuarter } from '@bt/domain';
import { flagQuarter } from './extra-hours-reconciliation.service';

/**
 * ABS-6 without a click: every night at 03:15 (Stockholm) the last quarter that has ended is checked
 * for every site, and each trainee over 60 h in it or on course for 250 h in the year is flagged for the
 * Director's list, as the system. Idempotent per quarter: a trainee flagged for the quarter is not
 * flagged again, so the nights after the quarter's first only add trainees whose hours came in late.
 */
export const extraHoursCheckJob: Job = {
  name: 'extra-hours-quarter-check',
  schedule: '15 3 * * *',
  async run({ today, dataSource }) {
    const quarter = lastCompletedQuarter(today);
    const check = await flagQuarter(dataSource, systemActor(today), quarter);
    return `Kvartal ${quarter.quarter} ${quarter.year}: ${check.over} BT-läkare över ATL-gränserna, ${check.added} nyflaggade.`;
  },
};
