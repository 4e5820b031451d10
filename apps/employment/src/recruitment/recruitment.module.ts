import './recruitment.enums';
import type { SubgraphModule } from '@bt/subgraph';
import { RecruitmentRound } from './round/recruitment-round.entity';
import { RoundPosition } from './round/round-position.entity';
import { RubricCriterion } from './round/rubric-criterion.entity';
import { RecruitmentRoundResolver } from './round/recruitment-round.resolver';
import { RecruitmentRoundMutationResolver } from './round/recruitment-round-mutation.resolver';
import { RoundPositionResolver } from './round/round-position.resolver';
import { resolveRecruitmentRoundReference } from './round/recruitment-round.reference';
import { RecruitmentRounds1765100000000 } from './migrations/1765100000000-recruitment-rounds';

/** Recruitment (REC-1…REC-10, EMP-1 on acceptance): rounds, applications, panel, scoring, interviews, offers. */
export const recruitmentModule: SubgraphModule = {
  resolvers: [RecruitmentRoundResolver, RecruitmentRoundMutationResolver, RoundPositionResolver],
  entities: [RecruitmentRound, RoundPosition, RubricCriterion],
  migrations: [RecruitmentRounds1765100000000],
  orphanedTypes: [],
  references: {
    RecruitmentRound: { __resolveReference: resolveRecruitmentRoundReference },
  },
};
