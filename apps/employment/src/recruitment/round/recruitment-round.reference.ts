import { Permission } from '@bt/auth';
import { guardReference } from '@bt/subgraph';
import { assertInRoundScope, requestRoundScope } from './round-scope';
import { recruitmentLoaders } from '../recruitment.loaders';
import type { RecruitmentRound } from './recruitment-round.entity';
import type { EmploymentContext } from '../../employment.context';

/** `_entities` for RecruitmentRound: the same permission and round scope as the queries. */
export const resolveRecruitmentRoundReference = guardReference(
  Permission.READ_RECRUITMENT,
  async (reference: { id: string }, ctx: EmploymentContext): Promise<RecruitmentRound | undefined> => {
    assertInRoundScope(await requestRoundScope(ctx), reference.id);
    return recruitmentLoaders(ctx).round.load(reference.id);
  },
);
