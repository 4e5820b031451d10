import { btStartDate } from './cohort';
import { daysBetween, isIsoDate, type IsoDate } from './iso-date';
import { SiteCode } from './organisation';
import { CAPACITY_LABELS_SV, PanelCapacity, RecruitmentRoundState, RecruitmentStage, ROUND_STATE_LABELS_SV, STAGE_LABELS_SV, swedishList } from './recruitment';
import { problem, type Problem } from './problem';
import { roundClosedProblem } from './recruitment-application-rules';
import { invitationWarnings } from './recruitment-interview-rules';
import { textFieldProblems } from './text-rules';

export interface RoundPositionDraft {
  siteId: string;
  count: number;
}

export interface RecruitmentRoundDraft {
  name: string;
  advertDate: IsoDate;
  applicationDeadline: IsoDate;
  interviewDays: IsoDate[];
  positions: RoundPositionDraft[];
}

/** REC-2: positions per site when a round is created without any (4 Växjö + 2 Ljungby). */
export const DEFAULT_POSITIONS: { site: SiteCode; count: number }[] = [
  { site: SiteCode.VAXJO, count: 4 },
  { site: SiteCode.LJUNGBY, count: 2 },
];

/** REC-1: the advert comes 3–4 weeks before the application deadline. */
export const ADVERT_WEEKS = { minDays: 21, maxDays: 28 };
/** REC-6: interviews over 2–3 days after the deadline (they may come later than a week after it: the invitations may not, INVITATION_WITHIN_DAYS). */
export const INTERVIEW_DAYS = { min: 2, max: 3 };
export const MAX_POSITIONS_PER_SITE = 200;

/** REC-1: BT starts in ISO week 3 of the spring term after the advert: the Monday of that week next year. */
export function roundStartDate(advertDate: IsoDate): IsoDate {
  return btStartDate(Number(advertDate.slice(0, 4)) + 1);
}

/**
 * REC-1 as advice rather than refusal: the round is held in the autumn term, and the deadline lies
 * 3–4 weeks (21–28 days) after the advert. Empty when the dates follow the guideline.
 */
export function roundWarnings(draft: Pick<RecruitmentRoundDraft, 'advertDate' | 'applicationDeadline'>): Problem[] {
  if (!isIsoDate(draft.advertDate) || !isIsoDate(draft.applicationDeadline)) return [];
  const warnings: Problem[] = [];
  const { advertDate, applicationDeadline } = draft;
  const days = daysBetween(advertDate, applicationDeadline);
  if (days < ADVERT_WEEKS.minDays || days > ADVERT_WEEKS.maxDays) {
    const message = `Sista ansökningsdag (${applicationDeadline}) ligger ${days} dagar efter annonsen (${advertDate}); riktlinjen är 3–4 veckor (21–28 dagar).`;
    warnings.push(
      problem('DEADLINE_NOT_3_TO_4_WEEKS_AFTER_ADVERT', message, {
        rule: 'REC-1',
        field: 'input.applicationDeadline',
        params: { days, advertDate, applicationDeadline },
      }),
    );
  }
  if (Number(advertDate.slice(5, 7)) < 7) {
    const message = `Rekryteringen görs under höstterminen inför start vecka 3 på vårterminen; annonsen (${advertDate}) ligger på våren.`;
    warnings.push(problem('ADVERT_NOT_IN_AUTUMN', message, { rule: 'REC-1', field: 'input.advertDate', params: { advertDate } }));
  }
  return warnings;
}

/**
 * Checks a new or changed round before it is saved; Swedish, empty when it may be saved.
 * - a name (at most 150 characters), real dates, the deadline after the advert
 * - REC-6: 2–3 different interview days after the deadline, all before BT starts (REC-1); they may
 *   come later than a week after the deadline (the invitations may not: invitationWarnings)
 * - REC-2: a whole number of positions (0–200) per site, each site once, at least one position
 */
export function recruitmentRoundProblems(draft: RecruitmentRoundDraft): Problem[] {
  const problems = textFieldProblems('input.name', 'Omgångens namn', draft.name, { required: true, maxLength: 150 });
  const advertValid = isIsoDate(draft.advertDate);
  const deadlineValid = isIsoDate(draft.applicationDeadline);
  if (!advertValid)
    problems.push(
      problem('DATE_INVALID', `Annonsdatumet, "${draft.advertDate}", är inget giltigt datum.`, {
        field: 'input.advertDate',
        params: { value: draft.advertDate },
      }),
    );
  if (!deadlineValid) {
    problems.push(
      problem('DATE_INVALID', `Sista ansökningsdag, "${draft.applicationDeadline}", är inget giltigt datum.`, {
        field: 'input.applicationDeadline',
        params: { value: draft.applicationDeadline },
      }),
    );
  }
  if (advertValid && deadlineValid && draft.applicationDeadline <= draft.advertDate) {
    problems.push(
      problem('DEADLINE_NOT_AFTER_ADVERT', 'Sista ansökningsdag måste vara efter annonsdatumet.', { rule: 'REC-1', field: 'input.applicationDeadline' }),
    );
  }
  problems.push(...interviewDayProblems(draft, advertValid && deadlineValid));
  problems.push(...positionProblems(draft.positions));
  return problems;
}

function interviewDayProblems(draft: RecruitmentRoundDraft, datesValid: boolean): Problem[] {
  const days = draft.interviewDays;
  const field = 'input.interviewDays';
  const problems: Problem[] = [];
  if (days.length < INTERVIEW_DAYS.min || days.length > INTERVIEW_DAYS.max) {
    const message = `Intervjuerna hålls under 2–3 dagar; ange två eller tre intervjudagar, inte ${days.length}.`;
    problems.push(
      problem('INTERVIEW_DAY_COUNT', message, { rule: 'REC-6', field, params: { min: INTERVIEW_DAYS.min, max: INTERVIEW_DAYS.max, count: days.length } }),
    );
  }
  const invalid = days.filter((day) => !isIsoDate(day));
  if (invalid.length > 0) {
    const list = swedishList(invalid.map((d) => `"${d}"`));
    problems.push(problem('DATE_INVALID', `Intervjudagarna ${list} är inga giltiga datum.`, { field, params: { value: list } }));
  }
  if (new Set(days).size !== days.length)
    problems.push(problem('INTERVIEW_DAY_REPEATED', 'Varje intervjudag får bara anges en gång.', { rule: 'REC-6', field }));
  if (!datesValid || invalid.length > 0 || days.length === 0) return problems;
  const sorted = [...days].sort();
  const deadline = draft.applicationDeadline;
  if (sorted[0] <= deadline) {
    problems.push(
      problem('INTERVIEW_DAY_BEFORE_DEADLINE', `Intervjudagarna ska ligga efter sista ansökningsdag (${deadline}).`, {
        rule: 'REC-6',
        field,
        params: { deadline },
      }),
    );
  }
  const start = roundStartDate(draft.advertDate);
  if (sorted.at(-1)! >= start)
    problems.push(problem('INTERVIEW_DAY_AFTER_START', `Intervjudagarna ska ligga före BT-starten ${start}.`, { rule: 'REC-1', field, params: { start } }));
  return problems;
}

function positionProblems(positions: RoundPositionDraft[]): Problem[] {
  const problems: Problem[] = [];
  if (new Set(positions.map((p) => p.siteId)).size !== positions.length) {
    problems.push(problem('POSITION_SITE_REPEATED', 'Varje huvudort får bara anges en gång bland platserna.', { rule: 'REC-2', field: 'input.positions' }));
  }
  positions.forEach((position, index) => {
    if (!Number.isInteger(position.count) || position.count < 0 || position.count > MAX_POSITIONS_PER_SITE) {
      const message = `Antalet platser ska vara ett heltal 0–${MAX_POSITIONS_PER_SITE}, inte ${position.count}.`;
      problems.push(
        problem('POSITION_COUNT_INVALID', message, {
          rule: 'REC-2',
          field: `input.positions[${index}].count`,
          params: { max: MAX_POSITIONS_PER_SITE, value: position.count },
        }),
      );
    }
  });
  if (positions.reduce((sum, p) => sum + (Number.isInteger(p.count) && p.count > 0 ? p.count : 0), 0) === 0) {
    problems.push(problem('NO_POSITIONS', 'Omgången behöver minst en plats, t.ex. 4 i Växjö och 2 i Ljungby.', { rule: 'REC-2', field: 'input.positions' }));
  }
  return problems;
}

/**
 * REC-1: one round a year, so one per start term. A second round for a start term that already has one
 * is refused unless the Director gives a reason (recorded and audited): `others` are the names of the
 * other rounds with the same BT start, `reason` what the Director wrote, `mayDecide` whether the actor
 * decides on recruitment (DECIDE_RECRUITMENT).
 */
export function secondRoundProblems(others: readonly string[], startDate: IsoDate, reason: string | null | undefined, mayDecide: boolean): Problem[] {
  if (others.length === 0) return [];
  const field = 'input.secondRoundReason';
  const names = swedishList(others.map((name) => `"${name}"`));
  if (reason == null || reason.trim() === '') {
    const message = `Det finns redan en omgång för BT-starten ${startDate} (${names}); rekrytering sker en gång per år. En andra omgång kräver AT/BT-chefens skäl.`;
    return [problem('ROUND_FOR_START_TERM_EXISTS', message, { rule: 'REC-1', field, params: { startDate, rounds: names } })];
  }
  if (!mayDecide) {
    const message = `Det finns redan en omgång för BT-starten ${startDate} (${names}); bara AT/BT-chefen kan lägga upp en andra omgång.`;
    return [problem('SECOND_ROUND_NEEDS_DIRECTOR', message, { rule: 'REC-1', field, params: { startDate, rounds: names } })];
  }
  return textFieldProblems(field, 'Skälet till en andra omgång', reason, { required: true, maxLength: 500 });
}

/** The details of a round (dates, positions) change only before screening starts. */
export function roundEditProblems(state: RecruitmentRoundState): Problem[] {
  if (state === RecruitmentRoundState.DRAFT || state === RecruitmentRoundState.OPEN) return [];
  const label = ROUND_STATE_LABELS_SV[state];
  return [
    problem('ROUND_NOT_EDITABLE', `Omgången kan bara ändras som utkast eller medan den är öppen för ansökan; nu är den i läget ${label}.`, {
      params: { state: label },
    }),
  ];
}

// ---- the rubric -----------------------------------------------------------------------------

export interface RubricCriterionDraft {
  name: string;
  weight: number;
  scaleMin: number;
  scaleMax: number;
}

/** REC-4: the default rubric of a new round; weights need not sum to 1 (the maths normalises them). */
export const DEFAULT_RUBRIC: RubricCriterionDraft[] = [
  { name: 'Intervju', weight: 0.4, scaleMin: 1, scaleMax: 5 },
  { name: 'Kliniskt test', weight: 0.3, scaleMin: 1, scaleMax: 5 },
  { name: 'Referenser', weight: 0.2, scaleMin: 1, scaleMax: 5 },
  { name: 'Meriter', weight: 0.1, scaleMin: 1, scaleMax: 5 },
];

export const RUBRIC_LIMITS = { maxCriteria: 20, maxWeight: 100, scaleFloor: 0, scaleCeiling: 100 };

/**
 * Checks a rubric: 1–20 criteria with distinct names (at most 100 characters), positive weights, and
 * a whole-number scale (min below max, within 0–100). All criteria share one scale, so that a weighted
 * mean of their values means the same for every criterion.
 */
export function rubricProblems(criteria: RubricCriterionDraft[]): Problem[] {
  const problems: Problem[] = [];
  const rule = 'REC-4';
  if (criteria.length === 0) problems.push(problem('RUBRIC_EMPTY', 'Bedömningsmallen behöver minst ett kriterium.', { rule, field: 'criteria' }));
  if (criteria.length > RUBRIC_LIMITS.maxCriteria) {
    problems.push(
      problem('RUBRIC_TOO_LARGE', `Bedömningsmallen får ha högst ${RUBRIC_LIMITS.maxCriteria} kriterier.`, {
        rule,
        field: 'criteria',
        params: { max: RUBRIC_LIMITS.maxCriteria },
      }),
    );
  }
  const names = new Set<string>();
  criteria.forEach((criterion, index) => {
    const label = `Kriterium ${index + 1}`;
    const field = (name: string) => `criteria[${index}].${name}`;
    problems.push(...textFieldProblems(field('name'), `${label}: namnet`, criterion.name, { required: true, maxLength: 100 }));
    const name = criterion.name.trim().toLowerCase();
    if (name && names.has(name)) {
      problems.push(
        problem('CRITERION_NAME_REPEATED', `${label}: namnet "${criterion.name.trim()}" finns redan i mallen.`, {
          rule,
          field: field('name'),
          params: { name: criterion.name.trim() },
        }),
      );
    }
    names.add(name);
    if (!Number.isFinite(criterion.weight) || criterion.weight <= 0 || criterion.weight > RUBRIC_LIMITS.maxWeight) {
      const message = `${label}: vikten ska vara större än 0 och högst ${RUBRIC_LIMITS.maxWeight}, t.ex. 0.4 för 40 %.`;
      problems.push(problem('CRITERION_WEIGHT_INVALID', message, { rule, field: field('weight'), params: { max: RUBRIC_LIMITS.maxWeight } }));
    }
    const { scaleMin, scaleMax } = criterion;
    if (
      !Number.isInteger(scaleMin) ||
      !Number.isInteger(scaleMax) ||
      scaleMin < RUBRIC_LIMITS.scaleFloor ||
      scaleMax > RUBRIC_LIMITS.scaleCeiling ||
      scaleMin >= scaleMax
    ) {
      const message = `${label}: skalan ska vara heltal där den lägsta poängen är mindre än den högsta, inom ${RUBRIC_LIMITS.scaleFloor}–${RUBRIC_LIMITS.scaleCeiling}.`;
      problems.push(
        problem('CRITERION_SCALE_INVALID', message, {
          rule,
          field: field('scaleMin'),
          params: { floor: RUBRIC_LIMITS.scaleFloor, ceiling: RUBRIC_LIMITS.scaleCeiling },
        }),
      );
    }
  });
  const scales = new Set(criteria.map((c) => `${c.scaleMin}–${c.scaleMax}`));
  if (scales.size > 1) {
    const list = swedishList([...scales]);
    problems.push(
      problem('RUBRIC_SCALES_DIFFER', `Alla kriterier ska ha samma skala så att medelvärdena går att jämföra; mallen har ${list}.`, {
        rule,
        field: 'criteria',
        params: { scales: list },
      }),
    );
  }
  return problems;
}

/** REC-4: the rubric is configurable until the round reaches the interviews (when scoring starts). */
export function rubricEditProblems(state: RecruitmentRoundState): Problem[] {
  if (!roundHasReached(state, RecruitmentRoundState.INTERVIEWS)) return [];
  const label = ROUND_STATE_LABELS_SV[state];
  return [
    problem('RUBRIC_LOCKED', `Bedömningsmallen kan bara ändras innan omgången når intervjuer; nu är den i läget ${label}.`, {
      rule: 'REC-4',
      params: { state: label },
    }),
  ];
}

// ---- the panel (REC-9) ----------------------------------------------------------------------

export interface PanelSeat {
  stage: RecruitmentStage;
  capacity: PanelCapacity;
}

export const RECRUITMENT_STAGES: readonly RecruitmentStage[] = [RecruitmentStage.SCREENING, RecruitmentStage.INTERVIEWS, RecruitmentStage.OFFERS];
export const PANEL_CAPACITIES: readonly PanelCapacity[] = [PanelCapacity.HR, PanelCapacity.MANAGEMENT, PanelCapacity.DIRECTOR_OF_STUDIES];

/** A panel in the order of the stages, then of the capacities (HR, management, directors of studies). */
export function panelOrder(a: PanelSeat, b: PanelSeat): number {
  return (
    RECRUITMENT_STAGES.indexOf(a.stage) - RECRUITMENT_STAGES.indexOf(b.stage) || PANEL_CAPACITIES.indexOf(a.capacity) - PANEL_CAPACITIES.indexOf(b.capacity)
  );
}

/** REC-9: per stage that lacks someone, what it lacks, e.g. "Intervjusteget saknar HR och studierektor." */
export function panelGaps(panel: readonly PanelSeat[]): string[] {
  return RECRUITMENT_STAGES.flatMap((stage) => {
    const missing = PANEL_CAPACITIES.filter((capacity) => !panel.some((seat) => seat.stage === stage && seat.capacity === capacity));
    return missing.length === 0 ? [] : [`${STAGE_LABELS_SV[stage]} saknar ${swedishList(missing.map((c) => CAPACITY_LABELS_SV[c]))}.`];
  });
}

/**
 * REC-9: the stage of recruitment a round in `state` is in: screening goes on while the round is open
 * (REC-6) and in screening; none before it opens or once it is closed.
 */
export function stageOfRound(state: RecruitmentRoundState): RecruitmentStage | null {
  if (state === RecruitmentRoundState.OPEN || state === RecruitmentRoundState.SCREENING) return RecruitmentStage.SCREENING;
  if (state === RecruitmentRoundState.INTERVIEWS) return RecruitmentStage.INTERVIEWS;
  if (state === RecruitmentRoundState.OFFERS) return RecruitmentStage.OFFERS;
  return null;
}

/**
 * REC-9 as advice: the aim is HR, management and a director of studies at every stage, screening
 * included. A warning (not a refusal: the stop before interviews and offers is roundTransitionProblems')
 * when the stage the round is in lacks one of them.
 */
export function panelWarnings(state: RecruitmentRoundState, panel: readonly PanelSeat[]): Problem[] {
  const stage = stageOfRound(state);
  if (!stage) return [];
  const gap = panelGaps(panel).find((text) => text.startsWith(STAGE_LABELS_SV[stage]));
  if (!gap) return [];
  const message = `${gap} Målet är en representant för HR, chefsledet och studierektorerna i varje steg av rekryteringen.`;
  return [problem('PANEL_STAGE_LACKS', message, { rule: 'REC-9', params: { stage: STAGE_LABELS_SV[stage] } })];
}

/** Role names (as in @bt/auth) that can represent each capacity on a panel. */
export const CAPACITY_ROLES: Record<PanelCapacity, readonly string[]> = {
  [PanelCapacity.HR]: ['HR_COORDINATOR'],
  [PanelCapacity.MANAGEMENT]: ['DIRECTOR', 'DEPUTY_DIRECTOR', 'HEAD_OF_UNIT'],
  [PanelCapacity.DIRECTOR_OF_STUDIES]: ['DIRECTOR_OF_STUDIES'],
};

/**
 * REC-9: a panel member represents HR (an HR coordinator), management (the (deputy) director or a head
 * of unit) or the directors of studies, and only with a role for it; no seat twice; not on a closed round.
 */
export function panelMemberProblems(
  seat: PanelSeat,
  context: { state: RecruitmentRoundState; personRoles?: readonly string[]; alreadySeated: boolean },
): Problem[] {
  const problems = context.state === RecruitmentRoundState.CLOSED ? [roundClosedProblem()] : [];
  const capacity = CAPACITY_LABELS_SV[seat.capacity];
  if (context.personRoles && !context.personRoles.some((role) => CAPACITY_ROLES[seat.capacity].includes(role))) {
    problems.push(
      problem('PANEL_CAPACITY_NOT_HELD', `Personen har ingen roll som kan representera ${capacity}.`, {
        rule: 'REC-9',
        field: 'personId',
        params: { capacity },
      }),
    );
  }
  if (context.alreadySeated) {
    const stage = STAGE_LABELS_SV[seat.stage].toLowerCase();
    problems.push(
      problem('PANEL_SEAT_TAKEN', `Personen sitter redan i ${stage} för ${capacity}.`, { rule: 'REC-9', field: 'personId', params: { stage, capacity } }),
    );
  }
  return problems;
}

/** REC-9 also holds after the move that required it: a removal may not leave a stage without a representative. */
export function panelRemovalProblems(state: RecruitmentRoundState, remaining: readonly PanelSeat[]): Problem[] {
  if (state === RecruitmentRoundState.CLOSED) return [roundClosedProblem()];
  if (state !== RecruitmentRoundState.INTERVIEWS && state !== RecruitmentRoundState.OFFERS) return [];
  const gaps = panelGaps(remaining);
  if (gaps.length === 0) return [];
  const message = `Utan den här personen ${gaps.map((g) => g.charAt(0).toLowerCase() + g.slice(1)).join(' ')} Lägg till en ersättare först.`;
  return [problem('PANEL_STAGE_UNCOVERED', message, { rule: 'REC-9', field: 'id' })];
}

// ---- states ---------------------------------------------------------------------------------

export const ROUND_STATES: readonly RecruitmentRoundState[] = [
  RecruitmentRoundState.DRAFT,
  RecruitmentRoundState.OPEN,
  RecruitmentRoundState.SCREENING,
  RecruitmentRoundState.INTERVIEWS,
  RecruitmentRoundState.OFFERS,
  RecruitmentRoundState.CLOSED,
];

export interface RoundTransitionFacts {
  panel: readonly PanelSeat[];
  /** Offers still waiting for an answer. */
  pendingOffers: number;
  /** The round's dates and today, for the calendar (roundCalendarProblems); the service always gives them. */
  calendar?: RoundCalendar;
}

export interface RoundCalendar {
  today: IsoDate;
  applicationDeadline: IsoDate;
  interviewDays: readonly IsoDate[];
}

/**
 * REC-1, REC-6: a round's states follow its calendar: it is not in interviews before its application
 * deadline has passed (applications may arrive all that day), nor in offers before its last interview
 * day has begun.
 */
export function roundCalendarProblems(to: RecruitmentRoundState, calendar: RoundCalendar): Problem[] {
  const { today, applicationDeadline, interviewDays } = calendar;
  if (to === RecruitmentRoundState.INTERVIEWS && today <= applicationDeadline) {
    const message = `Omgången kan gå till intervjuer först efter sista ansökningsdag (${applicationDeadline}); i dag är det ${today}.`;
    return [problem('ROUND_BEFORE_DEADLINE', message, { rule: 'REC-6', params: { applicationDeadline, today } })];
  }
  const lastDay = [...interviewDays].sort().at(-1);
  if (to === RecruitmentRoundState.OFFERS && lastDay && today < lastDay) {
    const message = `Omgången kan gå till erbjudanden först när den sista intervjudagen (${lastDay}) har börjat; i dag är det ${today}.`;
    return [problem('ROUND_BEFORE_LAST_INTERVIEW_DAY', message, { rule: 'REC-6', params: { lastDay, today } })];
  }
  return [];
}

/**
 * Whether a round may move from `from` to `to`, and if not, why (Swedish):
 * - one step forward at a time, never back
 * - REC-1, REC-6: with the calendar given, not into INTERVIEWS before the deadline has passed nor into
 *   OFFERS before the last interview day (roundCalendarProblems)
 * - REC-9: into INTERVIEWS or OFFERS only when every stage has HR, management and a director of studies
 * - into CLOSED only when no offer waits for an answer
 */
export function roundTransitionProblems(from: RecruitmentRoundState, to: RecruitmentRoundState, facts: RoundTransitionFacts): Problem[] {
  const next = ROUND_STATES[ROUND_STATES.indexOf(from) + 1];
  const [fromLabel, toLabel] = [ROUND_STATE_LABELS_SV[from], ROUND_STATE_LABELS_SV[to]];
  if (from === RecruitmentRoundState.CLOSED) return [problem('ROUND_CLOSED', 'Omgången är avslutad och kan inte flyttas.')];
  if (to === from) return [problem('ROUND_ALREADY_IN_STATE', `Omgången är redan i läget ${toLabel}.`, { field: 'to', params: { state: toLabel } })];
  if (to !== next) {
    return ROUND_STATES.indexOf(to) < ROUND_STATES.indexOf(from)
      ? [
          problem('ROUND_CANNOT_GO_BACK', `En omgång går inte tillbaka: från ${fromLabel} till ${toLabel} går inte.`, {
            field: 'to',
            params: { from: fromLabel, to: toLabel },
          }),
        ]
      : [
          problem('ROUND_ONE_STEP_AT_A_TIME', `En omgång går ett steg i taget: från ${fromLabel} är nästa steg ${ROUND_STATE_LABELS_SV[next]}.`, {
            field: 'to',
            params: { from: fromLabel, next: ROUND_STATE_LABELS_SV[next] },
          }),
        ];
  }
  const problems: Problem[] = facts.calendar ? roundCalendarProblems(to, facts.calendar) : [];
  if (to === RecruitmentRoundState.INTERVIEWS || to === RecruitmentRoundState.OFFERS) {
    const gaps = panelGaps(facts.panel);
    if (gaps.length > 0) {
      const message = `${gaps.join(' ')} Varje steg behöver en representant för HR, chefsledet och studierektorerna; lägg till dem i rekryteringsgruppen.`;
      problems.push(problem('PANEL_INCOMPLETE', message, { rule: 'REC-9', params: { gaps: gaps.join(' ') } }));
    }
  }
  if (to === RecruitmentRoundState.CLOSED && facts.pendingOffers > 0) {
    const message = `${facts.pendingOffers} erbjudande(n) väntar på svar; registrera svaren eller markera utgångna erbjudanden som utgångna innan omgången avslutas.`;
    problems.push(problem('OFFERS_PENDING', message, { rule: 'REC-7', params: { pending: facts.pendingOffers } }));
  }
  return problems;
}

/** The moves that would succeed now (at most the next state). */
export function allowedRoundTransitions(from: RecruitmentRoundState, facts: RoundTransitionFacts): RecruitmentRoundState[] {
  const next = ROUND_STATES[ROUND_STATES.indexOf(from) + 1];
  return next && roundTransitionProblems(from, next, facts).length === 0 ? [next] : [];
}

/** Whether `state` has been reached (or passed) by a round in `current`. */
export function roundHasReached(current: RecruitmentRoundState, state: RecruitmentRoundState): boolean {
  return ROUND_STATES.indexOf(current) >= ROUND_STATES.indexOf(state);
}

/**
 * The warnings a round shows now, only about the stages it is in or has ahead: the advert and deadline
 * (REC-1, roundWarnings) until screening starts, the panel of the stage it is in (REC-9, panelWarnings),
 * the invitations (REC-6, invitationWarnings of the days they were sent) until the offers; a closed
 * round warns about nothing.
 */
export function currentRoundWarnings(
  round: Pick<RecruitmentRoundDraft, 'advertDate' | 'applicationDeadline'> & { state: RecruitmentRoundState },
  panel: readonly PanelSeat[],
  invitationsSentOn: readonly IsoDate[],
): Problem[] {
  if (round.state === RecruitmentRoundState.CLOSED) return [];
  return [
    ...(roundHasReached(round.state, RecruitmentRoundState.SCREENING) ? [] : roundWarnings(round)),
    ...panelWarnings(round.state, panel),
    ...(roundHasReached(round.state, RecruitmentRoundState.OFFERS) ? [] : invitationWarnings(invitationsSentOn, round.applicationDeadline)),
  ];
}
