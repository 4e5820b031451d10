import type { DataSource } from 'typeorm';
import { countBy, loadManyBy, loadOneBy, perRequest } from '@bt/subgraph';
import { RecruitmentRound } from './round/recruitment-round.entity';
import { RoundPosition } from './round/round-position.entity';
import { RubricCriterion } from './round/rubric-criterion.entity';
import { Application } from './application/application.entity';
import { RequirementCheck } from './application/requirement-check.entity';
import { PanelMember } from './panel/panel-member.entity';
import { Score } from './scoring/score.entity';
import { ScoreSubmission } from './scoring/score-submission.entity';
import { InterviewSlot } from './interview/interview-slot.entity';
import { SylfAttendance } from './interview/sylf-attendance.entity';
import { InterviewSlotPanel } from './interview/interview-slot-panel.entity';
import { Offer } from './offer/offer.entity';
import { CriminalRecordCheck } from './offer/criminal-record-check.entity';
import type { EmploymentContext } from '../employment.context';

/** Recruitment's DataLoaders: one SQL statement per kind of row, however many a request asks for. */
export function createRecruitmentLoaders(dataSource: DataSource) {
  return {
    round: loadOneBy(dataSource, RecruitmentRound, 'id'),
    positionsByRound: loadManyBy(dataSource, RoundPosition, 'roundId'),
    rubricByRound: loadManyBy(dataSource, RubricCriterion, 'roundId', { sortOrder: 'ASC' }),
    applicationCountByRound: countBy(dataSource, Application, 'roundId'),
    application: loadOneBy(dataSource, Application, 'id'),
    applicationsByRound: loadManyBy(dataSource, Application, 'roundId'),
    checksByApplication: loadManyBy(dataSource, RequirementCheck, 'applicationId'),
    panelByRound: loadManyBy(dataSource, PanelMember, 'roundId'),
    criterion: loadOneBy(dataSource, RubricCriterion, 'id'),
    scoresByApplication: loadManyBy(dataSource, Score, 'applicationId'),
    submissionsByApplication: loadManyBy(dataSource, ScoreSubmission, 'applicationId'),
    slotByApplication: loadOneBy(dataSource, InterviewSlot, 'applicationId'),
    panelBySlot: loadManyBy(dataSource, InterviewSlotPanel, 'slotId'),
    sylfByApplication: loadOneBy(dataSource, SylfAttendance, 'applicationId'),
    criminalRecordByApplication: loadOneBy(dataSource, CriminalRecordCheck, 'applicationId'),
    offerByApplication: loadOneBy(dataSource, Offer, 'applicationId'),
    offersByRound: loadManyBy(dataSource, Offer, 'roundId'),
  };
}

export type RecruitmentLoaders = ReturnType<typeof createRecruitmentLoaders>;

/** The loaders of the request `ctx` belongs to, made once per request. */
export const recruitmentLoaders = perRequest((ctx: EmploymentContext) => createRecruitmentLoaders(ctx.dataSource));
