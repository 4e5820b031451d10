import { Permission } from '@bt/auth';
import { guardReference } from '@bt/subgraph';
import { assertInRoundScope, requestRoundScope } from '../round/round-scope';
import { recruitmentLoaders } from '../recruitment.loaders';
import type { Application } from './application.entity';
import type { EmploymentContext } from '../../employment.context';

/** `_entities` for Application: the same permission and round scope as the queries. */
export const resolveApplicationReference = guardReference(
  Permission.READ_RECRUITMENT,
  async (reference: { id: string }, ctx: EmploymentContext): Promise<Application | undefined> => {
    const application = await recruitmentLoaders(ctx).application.load(reference.id);
    if (application) assertInRoundScope(await requestRoundScope(ctx), application.roundId);
    return application;
  },
);
