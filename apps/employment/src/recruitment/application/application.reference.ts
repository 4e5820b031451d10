import { guardReference } from '@bt/subgraph';
import { assertRoundVisible, RECRUITMENT_READERS, recruitmentRequest } from '../recruitment-request';
import type { Application } from './application.entity';
import type { EmploymentContext } from '../../employment.context';

/** `_entities` for Application: the same roles and round scope as the queries. */
export const resolveApplicationReference = guardReference(
  RECRUITMENT_READERS,
  async (reference: { id: string }, ctx: EmploymentContext): Promise<Application | undefined> => {
    const application = await recruitmentRequest(ctx).loaders.application.load(reference.id);
    if (application) await assertRoundVisible(ctx, application.roundId);
    return application;
  },
);
