import { randomUUID } from 'node:crypto';
import { In, Not, type DataSource } from 'typeorm';
import { hasPermission, Permission } from '@bt/auth';
import {
  ApplicationState,
  DEFAULT_POSITIONS,
  DEFAULT_RUBRIC,
  IN_THE_RUNNING,
  missingReferences,
  problem,
  RecruitmentRoundState,
  recruitmentRoundProblems,
  roundEditProblems,
  roundStartDate,
  roundTransitionProblems,
  rubricEditProblems,
  secondRoundProblems,
  rubricProblems,
  isIsoDate,
  type IsoDate,
  type RoundPositionDraft,
  type RubricCriterionDraft,
} from '@bt/domain';
import { badUserInput, fetchPage, pageRequest, type Actor, type Page, updateVersioned, whereIn } from '@bt/subgraph';
import { RecruitmentRound } from './recruitment-round.entity';
import { RoundPosition } from './round-position.entity';
import { RubricCriterion } from './rubric-criterion.entity';
import { roundTransitionFacts } from './round-facts';
import { RECRUITMENT_ROUND_SORTING, type RecruitmentRoundPageArgs } from './recruitment-round-page.args';
import { loadRoundScope } from './round-scope';
import { Application } from '../application/application.entity';
import { createRecruitmentLoaders } from '../recruitment.loaders';
import { requireRound } from '../recruitment.lookup';
import { Site } from '../../site/site.entity';
import { AuditEvent } from '../../audit/audit-event.entity';
import { auditEvent } from '../../audit/audit-log';

export interface RoundDraft {
  name: string;
  advertDate: IsoDate;
  applicationDeadline: IsoDate;
  interviewDays: IsoDate[];
  positions?: RoundPositionDraft[] | null;
  /** REC-1: the Director's reason for a second round with the same BT start. */
  secondRoundReason?: string | null;
}

/** REC-2: Växjö 4 + Ljungby 2, at the sites that exist. */
async function defaultPositions(dataSource: DataSource): Promise<RoundPositionDraft[]> {
  const sites = await dataSource.getRepository(Site).find();
  return DEFAULT_POSITIONS.flatMap(({ site, count }) => sites.filter((s) => s.code === site).map((s) => ({ siteId: s.id, count })));
}

async function roundInputProblems(dataSource: DataSource, draft: RoundDraft, positions: RoundPositionDraft[]) {
  const sites = positions.length === 0 ? [] : await dataSource.getRepository(Site).findBy({ id: In(positions.map((position) => position.siteId)) });
  const found = (siteId: string) => sites.find((site) => site.id === siteId);
  return [
    ...missingReferences(positions.map((position, index) => ['Huvudorten', `input.positions[${index}].siteId`, position.siteId, found(position.siteId)])),
    ...recruitmentRoundProblems({ ...draft, positions }),
  ];
}

/**
 * REC-1: whether another round (but `exceptId`) has the BT start of `draft`, and what a second round
 * needs: a reason given by someone who decides on recruitment (`mayDecide`).
 */
async function startTerm(dataSource: DataSource, draft: RoundDraft, reason: string | null | undefined, mayDecide: boolean, exceptId?: string) {
  if (!isIsoDate(draft.advertDate)) return { second: false, problems: [] };
  const startDate = roundStartDate(draft.advertDate);
  const others = await dataSource.getRepository(RecruitmentRound).findBy({ startDate, ...(exceptId ? { id: Not(exceptId) } : {}) });
  return {
    second: others.length > 0,
    problems: secondRoundProblems(
      others.map((other) => other.name),
      startDate,
      reason,
      mayDecide,
    ),
  };
}

/** The stored columns for a draft that has passed its checks; REC-1: BT starts in week 3 of the next spring term. */
function roundColumns(draft: RoundDraft) {
  return {
    name: draft.name.trim(),
    advertDate: draft.advertDate,
    applicationDeadline: draft.applicationDeadline,
    interviewDays: [...draft.interviewDays].sort(),
    startDate: roundStartDate(draft.advertDate),
  };
}

function positionRows(roundId: string, positions: RoundPositionDraft[]): RoundPosition[] {
  return positions.map(({ siteId, count }) => Object.assign(new RoundPosition(), { roundId, siteId, count }));
}

function rubricRows(roundId: string, criteria: RubricCriterionDraft[]): RubricCriterion[] {
  return criteria.map((criterion, index) =>
    Object.assign(new RubricCriterion(), {
      id: randomUUID(),
      roundId,
      name: criterion.name.trim(),
      weight: criterion.weight,
      scaleMin: criterion.scaleMin,
      scaleMax: criterion.scaleMax,
      sortOrder: index + 1,
    }),
  );
}

/**
 * A new round as a draft: REC-1 start, REC-2 positions (Växjö 4 + Ljungby 2 unless given), REC-4 default
 * rubric. REC-1: a second round for the same BT start needs the Director's reason, stored and audited.
 */
export async function createRound(dataSource: DataSource, actor: Actor, draft: RoundDraft): Promise<RecruitmentRound> {
  const positions = draft.positions ?? (await defaultPositions(dataSource));
  const term = await startTerm(dataSource, draft, draft.secondRoundReason, hasPermission(actor.viewer, Permission.DECIDE_RECRUITMENT));
  const problems = [...(await roundInputProblems(dataSource, draft, positions)), ...term.problems];
  if (problems.length > 0) throw badUserInput(problems);
  const secondRoundReason = term.second ? draft.secondRoundReason!.trim() : null;
  const round = Object.assign(new RecruitmentRound(), { id: randomUUID(), state: RecruitmentRoundState.DRAFT, ...roundColumns(draft), secondRoundReason });
  await dataSource.transaction(async (manager) => {
    await manager.insert(RecruitmentRound, round);
    if (secondRoundReason) {
      await manager.insert(AuditEvent, auditEvent(actor, 'CREATE_SECOND_ROUND', 'RecruitmentRound', round.id, new Date(), { newValue: secondRoundReason }));
    }
    await manager.insert(RoundPosition, positionRows(round.id, positions));
    await manager.insert(RubricCriterion, rubricRows(round.id, DEFAULT_RUBRIC));
  });
  return round;
}

/** Changes a round that is a draft or open for applications; REC-1: moved to a start term that has a round, it needs the Director's reason (a stored one stands). */
export async function updateRound(dataSource: DataSource, actor: Actor, id: string, version: number, draft: RoundDraft): Promise<RecruitmentRound> {
  const round = await requireRound(dataSource, actor, id, 'id');
  const positions = draft.positions ?? (await dataSource.getRepository(RoundPosition).findBy({ roundId: id }));
  const reason = draft.secondRoundReason ?? round.secondRoundReason;
  const mayDecide = hasPermission(actor.viewer, Permission.DECIDE_RECRUITMENT) || (reason != null && reason === round.secondRoundReason);
  const term = await startTerm(dataSource, draft, reason, mayDecide, id);
  const problems = [...roundEditProblems(round.state), ...(await roundInputProblems(dataSource, draft, positions)), ...term.problems];
  if (problems.length > 0) throw badUserInput(problems);
  const secondRoundReason = term.second ? reason!.trim() : null;
  const columns = { ...roundColumns(draft), secondRoundReason };
  const updated = await dataSource.transaction(async (manager) => {
    const next = await updateVersioned(manager, RecruitmentRound, { id, version, what: 'omgången' }, columns);
    if (secondRoundReason && secondRoundReason !== round.secondRoundReason) {
      await manager.insert(AuditEvent, auditEvent(actor, 'CREATE_SECOND_ROUND', 'RecruitmentRound', id, new Date(), { newValue: secondRoundReason }));
    }
    if (draft.positions) {
      await manager.delete(RoundPosition, { roundId: id });
      await manager.insert(RoundPosition, positionRows(id, draft.positions));
    }
    return next;
  });
  return Object.assign(new RecruitmentRound(), { ...round, ...columns, version: updated });
}

/** One step forward (REC-1/REC-6: as the calendar allows; REC-9: a full panel for interviews and offers); on closing, eligible applications without an offer become NOT_SELECTED. */
export async function moveRound(dataSource: DataSource, actor: Actor, id: string, to: RecruitmentRoundState): Promise<RecruitmentRound> {
  const round = await requireRound(dataSource, actor, id, 'id');
  const problems = roundTransitionProblems(round.state, to, await roundTransitionFacts(createRecruitmentLoaders(dataSource), round, actor.today));
  if (problems.length > 0) throw badUserInput(problems);
  await dataSource.transaction(async (manager) => {
    const moved = await manager.update(RecruitmentRound, { id, state: round.state }, { state: to });
    if (moved.affected !== 1)
      throw badUserInput([problem('CHANGED_MEANWHILE', 'Omgången ändrades samtidigt av någon annan; läs in den igen och försök på nytt.')]);
    if (to === RecruitmentRoundState.CLOSED) {
      await manager.update(Application, { roundId: id, state: In([...IN_THE_RUNNING]) }, { state: ApplicationState.NOT_SELECTED });
    }
  });
  return Object.assign(new RecruitmentRound(), { ...round, state: to });
}

/** REC-4: replaces the round's rubric until the round reaches the interviews. */
export async function setRubric(dataSource: DataSource, actor: Actor, roundId: string, criteria: RubricCriterionDraft[]): Promise<RubricCriterion[]> {
  const round = await requireRound(dataSource, actor, roundId);
  const problems = [...rubricEditProblems(round.state), ...rubricProblems(criteria)];
  if (problems.length > 0) throw badUserInput(problems);
  const rows = rubricRows(roundId, criteria);
  await dataSource.transaction(async (manager) => {
    await manager.delete(RubricCriterion, { roundId });
    await manager.insert(RubricCriterion, rows);
  });
  return rows;
}

/** A page of the rounds in the actor's round scope (REC-9: all, or those they sit on the panel of), filtered and sorted. */
export async function roundPage(dataSource: DataSource, actor: Actor, args: RecruitmentRoundPageArgs): Promise<Page<RecruitmentRound>> {
  const request = pageRequest(args, RECRUITMENT_ROUND_SORTING);
  const filter = args.filter ?? {};
  const scope = await loadRoundScope(dataSource, actor.viewer);
  const query = dataSource.getRepository(RecruitmentRound).createQueryBuilder('round');
  if (!scope.all) whereIn(query, 'round.id', [...scope.roundIds], 'scopeIds');
  whereIn(query, 'round.id', filter.ids, 'ids');
  if (filter.state != null) query.andWhere('round.state = :state', { state: filter.state });
  if (filter.year != null)
    query.andWhere('round.startDate BETWEEN :yearStart AND :yearEnd', { yearStart: `${filter.year}-01-01`, yearEnd: `${filter.year}-12-31` });
  return fetchPage(query, request);
}
