import './recruitment.enums';
import type { SubgraphModule } from '@bt/subgraph';
import { RecruitmentRound } from './round/recruitment-round.entity';
import { RoundPosition } from './round/round-position.entity';
import { RubricCriterion } from './round/rubric-criterion.entity';
import { RecruitmentRoundResolver } from './round/recruitment-round.resolver';
import { RecruitmentRoundMutationResolver } from './round/recruitment-round-mutation.resolver';
import { RoundPositionResolver } from './round/round-position.resolver';
import { resolveRecruitmentRoundReference } from './round/recruitment-round.reference';
import { Application } from './application/application.entity';
import { RequirementCheck } from './application/requirement-check.entity';
import { ApplicationResolver } from './application/application.resolver';
import { ApplicationMutationResolver } from './application/application-mutation.resolver';
import { RequirementCheckResolver } from './application/requirement-check.resolver';
import { resolveApplicationReference } from './application/application.reference';
import { RecruitmentRounds1765100000000 } from './migrations/1765100000000-recruitment-rounds';
import { Applications1765200000000 } from './migrations/1765200000000-applications';
import { PanelMember } from './panel/panel-member.entity';
import { PanelMemberResolver } from './panel/panel-member.resolver';
import { Panel1765300000000 } from './migrations/1765300000000-panel';
import { Score } from './scoring/score.entity';
import { ScoreSubmission } from './scoring/score-submission.entity';
import { ScoreAudit } from './scoring/score-audit.entity';
import { ScoreReopening } from './scoring/score-reopening.entity';
import { ScoreResolver } from './scoring/score.resolver';
import { ApplicationScoresResolver } from './scoring/application-scores.resolver';
import { RankingResolver } from './scoring/ranking.resolver';
import { Scoring1765400000000 } from './migrations/1765400000000-scoring';
import { InterviewSlot } from './interview/interview-slot.entity';
import { InterviewSlotPanel } from './interview/interview-slot-panel.entity';
import { SylfAttendance } from './interview/sylf-attendance.entity';
import { InterviewResolver } from './interview/interview.resolver';
import { SylfAttendanceResolver } from './interview/sylf-attendance.resolver';
import { ApplicationInterviewResolver } from './interview/application-interview.resolver';
import { Interviews1765500000000 } from './migrations/1765500000000-interviews';
import { Offer } from './offer/offer.entity';
import { CriminalRecordCheck } from './offer/criminal-record-check.entity';
import { OfferResolver } from './offer/offer.resolver';
import { OfferNotMadeResolver } from './offer/offer-not-made.resolver';
import { ApplicationOfferResolver } from './offer/application-offer.resolver';
import { CriminalRecordCheckResolver } from './offer/criminal-record-check.resolver';
import { Offers1765600000000 } from './migrations/1765600000000-offers';
import { ScoreReopening1767200000000 } from './migrations/1767200000000-score-reopening';
import { LateApplications1768200000000 } from './migrations/1768200000000-late-applications';
import { Invitations1768210000000 } from './migrations/1768210000000-invitations';
import { Reserve1768220000000 } from './migrations/1768220000000-reserve';
import { SlotRoomsAndPanels1768410000010 } from './migrations/1768410000010-slot-rooms-and-panels';
import { expireOffersJob } from './offer/expire-offers.job';

/**
 * Recruitment (REC-1…REC-10, EMP-1 on acceptance): rounds, applications, panel, scoring, interviews,
 * offers; and the nightly job that expires unanswered offers (REC-7, REC-8).
 */
export const recruitmentModule: SubgraphModule = {
  resolvers: [
    RecruitmentRoundResolver,
    RecruitmentRoundMutationResolver,
    RoundPositionResolver,
    ApplicationResolver,
    ApplicationMutationResolver,
    RequirementCheckResolver,
    PanelMemberResolver,
    ScoreResolver,
    ApplicationScoresResolver,
    RankingResolver,
    InterviewResolver,
    SylfAttendanceResolver,
    ApplicationInterviewResolver,
    OfferResolver,
    OfferNotMadeResolver,
    ApplicationOfferResolver,
    CriminalRecordCheckResolver,
  ],
  entities: [
    RecruitmentRound,
    RoundPosition,
    RubricCriterion,
    Application,
    RequirementCheck,
    PanelMember,
    Score,
    ScoreSubmission,
    ScoreAudit,
    ScoreReopening,
    InterviewSlot,
    InterviewSlotPanel,
    SylfAttendance,
    CriminalRecordCheck,
    Offer,
  ],
  migrations: [
    RecruitmentRounds1765100000000,
    Applications1765200000000,
    Panel1765300000000,
    Scoring1765400000000,
    Interviews1765500000000,
    Offers1765600000000,
    ScoreReopening1767200000000,
    LateApplications1768200000000,
    Invitations1768210000000,
    Reserve1768220000000,
    SlotRoomsAndPanels1768410000010,
  ],
  orphanedTypes: [],
  references: {
    RecruitmentRound: { __resolveReference: resolveRecruitmentRoundReference },
    Application: { __resolveReference: resolveApplicationReference },
  },
  jobs: [expireOffersJob],
};
