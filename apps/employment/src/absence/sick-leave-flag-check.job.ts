import type { Job } from '@bt/jobs';
import { refreshSickLeaveFlags } from './sick-leave-flags';

/**
 * ABS-10, ABS-11 without a click: every night at 03:30 (Stockholm) the sick-leave flags of every trainee who
 * has not ended are recomputed as the 12-month window moves, so the (deputy) Director's list shows repeated
 * short-term sick leave and long-term absence the day they arise. Idempotent: the same day gives the same flags.
 */
export const sickLeaveFlagCheckJob: Job = {
  name: 'sick-leave-flag-check',
  schedule: '30 3 * * *',
  async run({ today, dataSource }) {
    const flagged = await dataSource.transaction((manager) => refreshSickLeaveFlags(manager, today));
    return `${flagged} BT-läkare med flaggad sjukfrånvaro (upprepad korttidsfrånvaro eller långtidsfrånvaro).`;
  },
};
