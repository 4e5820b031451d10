import type { DataSource } from 'typeorm';
import { ALL_ROLES, forbidden, hasAnyRole, Role } from '@bt/auth';
import { missingReferences } from '@bt/domain';
import { badUserInput, countBy, loadManyBy, loadOneBy } from '@bt/subgraph';
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
import { Offer } from './offer/offer.entity';
import { CriminalRecordCheck } from './offer/criminal-record-check.entity';
import type { EmploymentContext } from '../employment.context';

/** The (deputy) director and HR run recruitment: they see every round and application. */
export const RECRUITMENT_MANAGERS: readonly Role[] = [Role.DIRECTOR, Role.DEPUTY_DIRECTOR, Role.HR_COORDINATOR];

/** Any member of staff may sit on a panel (REC-9), and then sees that round; trainees never do. */
export const RECRUITMENT_READERS: readonly Role[] = ALL_ROLES.filter((role) => role !== Role.TRAINEE);

/** Which rounds a caller may see: all, or those they sit on the panel of (any stage). */
export type RoundScope = { all: true } | { all: false; roundIds: ReadonlySet<string> };

function createRecruitmentLoaders(dataSource: DataSource) {
  return {
    round: loadOneBy(dataSource, RecruitmentRound, 'id'),
    positionsByRound: loadManyBy(dataSource, RoundPosition, 'roundId'),
    rubricByRound: loadManyBy(dataSource, RubricCriterion, 'roundId', { sortOrder: 'ASC' }),
    applicationCountByRound: countBy(dataSource, Application, 'roundId'),
    application: loadOneBy(dataSource, Application, 'id'),
    checksByApplication: loadManyBy(dataSource, RequirementCheck, 'applicationId'),
    panelByRound: loadManyBy(dataSource, PanelMember, 'roundId'),
    criterion: loadOneBy(dataSource, RubricCriterion, 'id'),
    scoresByApplication: loadManyBy(dataSource, Score, 'applicationId'),
    submissionsByApplication: loadManyBy(dataSource, ScoreSubmission, 'applicationId'),
    slotByApplication: loadOneBy(dataSource, InterviewSlot, 'applicationId'),
    sylfByApplication: loadOneBy(dataSource, SylfAttendance, 'applicationId'),
    criminalRecordByApplication: loadOneBy(dataSource, CriminalRecordCheck, 'applicationId'),
    offerByApplication: loadOneBy(dataSource, Offer, 'applicationId'),
    offersByRound: loadManyBy(dataSource, Offer, 'roundId'),
  };
}

export type RecruitmentLoaders = ReturnType<typeof createRecruitmentLoaders>;

/** Recruitment's part of one request: its DataLoaders and the caller's round scope, each made once. */
export interface RecruitmentRequest {
  loaders: RecruitmentLoaders;
  roundScope(): Promise<RoundScope>;
}

const requests = new WeakMap<EmploymentContext, RecruitmentRequest>();

async function resolveRoundScope(ctx: EmploymentContext): Promise<RoundScope> {
  if (hasAnyRole(ctx.viewer, RECRUITMENT_MANAGERS)) return { all: true };
  const seats = await ctx.dataSource.getRepository(PanelMember).find({ select: { roundId: true }, where: { personId: ctx.viewer.id } });
  return { all: false, roundIds: new Set(seats.map((seat) => seat.roundId)) };
}

/** Recruitment's loaders and scope for the request `ctx` belongs to (the context object lives as long as the request). */
export function recruitmentRequest(ctx: EmploymentContext): RecruitmentRequest {
  let request = requests.get(ctx);
  if (!request) {
    let scope: Promise<RoundScope> | undefined;
    request = { loaders: createRecruitmentLoaders(ctx.dataSource), roundScope: () => (scope ??= resolveRoundScope(ctx)) };
    requests.set(ctx, request);
  }
  return request;
}

export function inRoundScope(scope: RoundScope, roundId: string): boolean {
  return scope.all || scope.roundIds.has(roundId);
}

/** Row-level check for anything of a round: FORBIDDEN unless the caller runs recruitment or sits on its panel. */
export async function assertRoundVisible(ctx: EmploymentContext, roundId: string): Promise<void> {
  if (!inRoundScope(await recruitmentRequest(ctx).roundScope(), roundId)) {
    throw forbidden('Du är inte med i rekryteringsgruppen för den här omgången.');
  }
}

/** The round an operation names, visible to the caller; BAD_USER_INPUT naming the field when it does not exist. */
export async function requireRound(ctx: EmploymentContext, roundId: string, field = 'roundId'): Promise<RecruitmentRound> {
  const round = await recruitmentRequest(ctx).loaders.round.load(roundId);
  if (!round) throw badUserInput(missingReferences([['Rekryteringsomgången', field, roundId, round]]));
  await assertRoundVisible(ctx, round.id);
  return round;
}

/** The application an operation names, in a round the caller may see; BAD_USER_INPUT naming the field when it does not exist. */
export async function requireApplication(ctx: EmploymentContext, applicationId: string, field = 'applicationId'): Promise<Application> {
  const application = await recruitmentRequest(ctx).loaders.application.load(applicationId);
  if (!application) throw badUserInput(missingReferences([['Ansökan', field, applicationId, application]]));
  await assertRoundVisible(ctx, application.roundId);
  return application;
}
