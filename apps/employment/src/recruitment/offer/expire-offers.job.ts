import { SYSTEM_VIEWER, systemActor, type Job } from '@bt/jobs';
import { expireOffers } from './offer.service';

/**
 * REC-7, REC-8 without a click: every night at 00:15 (Stockholm) the pending offers of every round
 * whose day to answer has passed expire, and the next on each site's reserve list is proposed; the
 * same service as the expireOffers mutation, acting as the system (answeredById `system:jobs`).
 */
export const expireOffersJob: Job = {
  name: 'expire-offers',
  schedule: '15 0 * * *',
  async run({ today, dataSource }) {
    const answers = await expireOffers(dataSource, systemActor(today));
    if (answers.length === 0) return 'Inga erbjudanden hade passerat sista svarsdag.';
    const proposed = answers.map((answer) => answer.proposedNext?.externalId).filter((id): id is string => id !== undefined);
    return `${answers.length} erbjudande(n) markerade som utgångna av ${SYSTEM_VIEWER.name}; föreslagna från reservlistan: ${proposed.length > 0 ? proposed.join(', ') : 'inga'}.`;
  },
};
