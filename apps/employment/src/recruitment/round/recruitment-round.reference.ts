import { guardReference } from '@bt/subgraph';
import { assertRoundVisible, RECRUITMENT_READERS, recruitmentRequest } from '../recruitment-request';
import type { RecruitmentRound } from './recruitment-round.entity';
import type { EmploymentContext } from '../../employment.context';

/** `_entities` for RecruitmentRound: the same roles and round scope as the queries. */
export const resolveRecruitmentRoundReference = guardReference(
  RECRUITMENT_READERS,
  async (reference: { id: string }, ctx: EmploymentContext): Promise<RecruitmentRound | undefined> => {
    await assertRoundVisible(ctx, reference.id);
    return recruitmentRequest(ctx).loaders.round.load(reference.id);
  },
);
