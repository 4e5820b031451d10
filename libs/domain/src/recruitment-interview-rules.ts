import { isIsoDate, type IsoDate } from './iso-date';
import { latestInvitationDay } from './invitation-deadline';
import { csvExport } from './csv-export';
import { problem, type Problem } from './problem';
import { ApplicationState, RecruitmentRoundState, ROUND_STATE_LABELS_SV, SylfRequestedBy } from './recruitment';
import { roundClosedProblem } from './recruitment-application-rules';

/** Interviews are held in Växjö and Ljungby: times of day are Swedish local time, stored in UTC. */
export const INTERVIEW_TIME_ZONE = 'Europe/Stockholm';

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

const localFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: INTERVIEW_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment as Swedish local date and time, "ÅÅÅÅ-MM-DD TT:MM". */
export function swedishLocalTime(moment: Date): string {
  const part = (type: string) => localFormat.formatToParts(moment).find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/** The UTC moment of a Swedish local date and time of day ("08:30"), summer time included. */
export function swedishMoment(date: IsoDate, time: string): Date {
  const naive = new Date(`${date}T${time}:00Z`);
  // the offset at that moment: local reading minus UTC (twice, for the days the clocks change)
  const offset = (moment: Date) => new Date(`${swedishLocalTime(moment).replace(' ', 'T')}:00Z`).getTime() - moment.getTime();
  const first = new Date(naive.getTime() - offset(naive));
  return new Date(naive.getTime() - offset(first));
}

export interface SlotOptions {
  slotMinutes: number;
  /** Swedish local time, "HH:MM". */
  dayStart: string;
  dayEnd: string;
  /** REC-6: a lunch break in which no interview is held: its start (Swedish local time, "HH:MM") and length; none when absent. */
  lunchStart?: string | null;
  lunchMinutes?: number | null;
}

export const SLOT_MINUTES = { min: 10, max: 240 };
export const LUNCH_MINUTES = { min: 0, max: 120 };

const minutesOfDay = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
const timeOfDay = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The lunch break in minutes of the day, when one is given. */
function lunchBreak(options: SlotOptions): { start: number; end: number } | null {
  if (!options.lunchStart || !options.lunchMinutes) return null;
  const start = minutesOfDay(options.lunchStart);
  return { start, end: start + options.lunchMinutes };
}

/**
 * REC-6: interview slots of 10–240 minutes between a start and an end of day (HH:MM), at least one a day;
 * a lunch break of up to two hours, given by its start (HH:MM), lies within the day.
 */
export function slotOptionProblems(options: SlotOptions): Problem[] {
  const problems: Problem[] = [];
  const { slotMinutes, dayStart, dayEnd, lunchStart, lunchMinutes } = options;
  if (!Number.isInteger(slotMinutes) || slotMinutes < SLOT_MINUTES.min || slotMinutes > SLOT_MINUTES.max) {
    const message = `Intervjuernas längd ska vara ${SLOT_MINUTES.min}–${SLOT_MINUTES.max} minuter, inte ${slotMinutes}.`;
    problems.push(problem('SLOT_MINUTES_OUT_OF_RANGE', message, { rule: 'REC-6', field: 'slotMinutes', params: { ...SLOT_MINUTES, value: slotMinutes } }));
  }
  if (!TIME.test(dayStart))
    problems.push(problem('TIME_INVALID', `Dagens start, "${dayStart}", ska skrivas TT:MM, t.ex. 08:30.`, { field: 'dayStart', params: { value: dayStart } }));
  if (!TIME.test(dayEnd))
    problems.push(problem('TIME_INVALID', `Dagens slut, "${dayEnd}", ska skrivas TT:MM, t.ex. 16:30.`, { field: 'dayEnd', params: { value: dayEnd } }));
  const lunch = lunchMinutes ?? 0;
  if (!Number.isInteger(lunch) || lunch < LUNCH_MINUTES.min || lunch > LUNCH_MINUTES.max) {
    const message = `Lunchens längd ska vara ${LUNCH_MINUTES.min}–${LUNCH_MINUTES.max} minuter, inte ${lunch}.`;
    problems.push(problem('LUNCH_MINUTES_OUT_OF_RANGE', message, { rule: 'REC-6', field: 'lunchMinutes', params: { ...LUNCH_MINUTES, value: lunch } }));
  }
  if (lunchStart && !TIME.test(lunchStart))
    problems.push(
      problem('TIME_INVALID', `Lunchens start, "${lunchStart}", ska skrivas TT:MM, t.ex. 12:00.`, { field: 'lunchStart', params: { value: lunchStart } }),
    );
  if (!lunchStart && lunch > 0)
    problems.push(
      problem('LUNCH_START_MISSING', 'Ange när lunchen börjar, t.ex. 12:00, eller sätt lunchens längd till 0.', { rule: 'REC-6', field: 'lunchStart' }),
    );
  if (problems.length === 0) {
    if (minutesOfDay(dayEnd) - minutesOfDay(dayStart) < slotMinutes) {
      const message = `Mellan ${dayStart} och ${dayEnd} ryms ingen intervju på ${slotMinutes} minuter.`;
      problems.push(problem('SLOT_DOES_NOT_FIT_DAY', message, { rule: 'REC-6', field: 'dayEnd', params: { dayStart, dayEnd, slotMinutes } }));
    }
    const lunchTimes = lunchBreak(options);
    if (lunchTimes && (lunchTimes.start < minutesOfDay(dayStart) || lunchTimes.end > minutesOfDay(dayEnd))) {
      const lunchStart = timeOfDay(lunchTimes.start);
      const lunchEnd = timeOfDay(lunchTimes.end);
      const message = `Lunchen ${lunchStart}–${lunchEnd} ska ligga inom dagen ${dayStart}–${dayEnd}.`;
      problems.push(problem('LUNCH_OUTSIDE_DAY', message, { rule: 'REC-6', field: 'lunchStart', params: { lunchStart, lunchEnd, dayStart, dayEnd } }));
    }
  }
  return problems;
}

export interface SlotTimes {
  startsAt: Date;
  endsAt: Date;
}

/**
 * REC-6: back-to-back slots on each interview day, from the start of the day while a whole slot fits
 * before its end; a slot that would reach into the lunch break starts when the lunch is over.
 */
export function planInterviewSlots(days: readonly IsoDate[], options: SlotOptions): SlotTimes[] {
  const lunch = lunchBreak(options);
  const end = minutesOfDay(options.dayEnd);
  return [...days].sort().flatMap((day) => {
    const slots: SlotTimes[] = [];
    let start = minutesOfDay(options.dayStart);
    while (start + options.slotMinutes <= end) {
      if (lunch && start < lunch.end && lunch.start < start + options.slotMinutes) {
        start = lunch.end;
        continue;
      }
      slots.push({ startsAt: swedishMoment(day, timeOfDay(start)), endsAt: swedishMoment(day, timeOfDay(start + options.slotMinutes)) });
      start += options.slotMinutes;
    }
    return slots;
  });
}

export interface SlotPlan {
  /** The chosen days, each one of the round's interview days. */
  days: readonly IsoDate[];
  roundInterviewDays: readonly IsoDate[];
  /** The room's name; slots in one room never overlap. */
  room: string;
  panelPersonIds: readonly string[];
  /** The people on the round's interview panel. */
  interviewPanelPersonIds: readonly string[];
}

export const ROOM_MAX_LENGTH = 100;

/**
 * REC-6, REC-9: a plan of slots names its days (among the round's interview days, none passed), a room
 * and a panel from the round's interview panel; its slots do not overlap the room's existing slots.
 */
export function slotPlanProblems(plan: SlotPlan, planned: readonly SlotTimes[], roomSlots: readonly SlotTimes[], today: IsoDate): Problem[] {
  const problems: Problem[] = [];
  if (plan.days.length === 0) problems.push(problem('SLOT_DAYS_MISSING', 'Välj minst en av omgångens intervjudagar.', { rule: 'REC-6', field: 'days' }));
  for (const day of plan.days) {
    if (!plan.roundInterviewDays.includes(day)) {
      const message = `${day} är inte en av omgångens intervjudagar (${plan.roundInterviewDays.join(', ')}); välj en av dem eller ändra omgångens intervjudagar.`;
      problems.push(
        problem('SLOT_DAY_NOT_INTERVIEW_DAY', message, { rule: 'REC-6', field: 'days', params: { day, interviewDays: plan.roundInterviewDays.join(', ') } }),
      );
    }
  }
  // the first slot of each day that has passed
  const past = planned.flatMap((slot) => slotInPastProblems(slot.startsAt, today));
  for (const [index, refusal] of past.entries()) {
    if (past.findIndex((other) => other.params?.day === refusal.params?.day) === index) problems.push({ ...refusal, field: 'days' });
  }
  const room = plan.room.trim();
  if (room === '') problems.push(problem('ROOM_MISSING', 'Ange i vilken lokal intervjuerna hålls, t.ex. "Sammanträdesrum 3, Växjö".', { field: 'room' }));
  if (room.length > ROOM_MAX_LENGTH)
    problems.push(problem('ROOM_TOO_LONG', `Lokalens namn får vara högst ${ROOM_MAX_LENGTH} tecken.`, { field: 'room', params: { max: ROOM_MAX_LENGTH } }));
  if (plan.panelPersonIds.length === 0)
    problems.push(problem('SLOT_PANEL_MISSING', 'Välj vilka i intervjugruppen som sitter med vid intervjuerna.', { rule: 'REC-9', field: 'panelPersonIds' }));
  const outside = plan.panelPersonIds.filter((id) => !plan.interviewPanelPersonIds.includes(id)).length;
  if (outside > 0) {
    const message = `${outside === 1 ? 'En av de valda' : `${outside} av de valda`} sitter inte i omgångens intervjugrupp; lägg till dem i rekryteringsgruppen för intervjuer först.`;
    problems.push(problem('SLOT_PANEL_NOT_INTERVIEW_PANEL', message, { rule: 'REC-9', field: 'panelPersonIds', params: { count: outside } }));
  }
  const clashes = planned.filter((slot) => roomSlots.some((taken) => slotsOverlap(slot, taken)));
  if (clashes.length > 0) {
    const first = swedishLocalTime(clashes[0].startsAt);
    const count = clashes.length;
    const message = `${count === 1 ? 'En tid krockar' : `${count} tider krockar`} med tider som redan finns i ${room} (först ${first}); välj en annan lokal eller andra tider, eller ta bort de lediga tiderna först.`;
    problems.push(problem('SLOT_ROOM_OVERLAP', message, { rule: 'REC-6', field: 'room', params: { room, count, first } }));
  }
  return problems;
}

export function slotsOverlap(a: SlotTimes, b: SlotTimes): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

/** REC-6: only free slots are removed; a booked one keeps its applicant's interview. */
export function slotRemovalProblems(booked: readonly SlotTimes[]): Problem[] {
  return booked.map((slot) => {
    const time = swedishLocalTime(slot.startsAt);
    const message = `Tiden ${time} är bokad; flytta intervjun till en annan tid innan tiden tas bort.`;
    return problem('SLOT_BOOKED', message, { rule: 'REC-6', field: 'slotIds', params: { time } });
  });
}

/** REC-6: slots are laid out until the interviews are over. */
export function slotGenerationProblems(roundState: RecruitmentRoundState): Problem[] {
  if (roundState !== RecruitmentRoundState.OFFERS && roundState !== RecruitmentRoundState.CLOSED) return [];
  const state = ROUND_STATE_LABELS_SV[roundState];
  return [
    problem('ROUND_PAST_INTERVIEWS', `Intervjutider läggs innan omgången når erbjudanden; nu är den i läget ${state}.`, { rule: 'REC-6', params: { state } }),
  ];
}

/**
 * REC-6: eligible applicants (REC-3) are invited during the application period, screening or the
 * interviews; an invited applicant may be moved to another slot.
 */
export function schedulingProblems(roundState: RecruitmentRoundState, applicationState: ApplicationState): Problem[] {
  const problems: Problem[] = [];
  if (![RecruitmentRoundState.OPEN, RecruitmentRoundState.SCREENING, RecruitmentRoundState.INTERVIEWS].includes(roundState)) {
    const state = ROUND_STATE_LABELS_SV[roundState];
    problems.push(
      problem('ROUND_NOT_BOOKING_INTERVIEWS', `Intervjuer bokas medan omgången är öppen, i urval eller i intervjuer; nu är den i läget ${state}.`, {
        rule: 'REC-6',
        params: { state },
      }),
    );
  }
  if (applicationState !== ApplicationState.ELIGIBLE && applicationState !== ApplicationState.INVITED) {
    problems.push(
      problem('APPLICATION_NOT_ELIGIBLE', 'Bara ansökningar som uppfyller de formella kraven och ännu inte intervjuats kallas till intervju.', {
        rule: 'REC-3',
      }),
    );
  }
  return problems;
}

/** REC-6: an interview is not booked into a slot on a day that has passed. */
export function slotInPastProblems(slotStartsAt: Date, today: IsoDate): Problem[] {
  const [day, time] = swedishLocalTime(slotStartsAt).split(' ');
  if (day >= today) return [];
  return [
    problem('SLOT_IN_PAST', `Tiden ${day} ${time} har redan varit; välj en kommande intervjutid.`, { rule: 'REC-6', field: 'slotId', params: { day, time } }),
  ];
}

/**
 * REC-6: the day invitations were sent is recorded for invited applicants (an interview time booked), on
 * a day that has come, while the round is not closed.
 */
export function invitationProblems(sentOn: IsoDate, today: IsoDate, roundState: RecruitmentRoundState, notInvited: number): Problem[] {
  const problems = roundState === RecruitmentRoundState.CLOSED ? [roundClosedProblem()] : [];
  if (!isIsoDate(sentOn)) {
    problems.push(
      problem('DATE_INVALID', `Dagen då kallelserna skickades, "${sentOn}", är inget giltigt datum.`, { field: 'sentOn', params: { value: sentOn } }),
    );
  } else if (sentOn > today) {
    problems.push(
      problem('INVITATION_SENT_IN_FUTURE', `Dagen då kallelserna skickades kan inte ligga efter i dag (${today}).`, {
        rule: 'REC-6',
        field: 'sentOn',
        params: { today },
      }),
    );
  }
  if (notInvited > 0) {
    const message = `${notInvited === 1 ? 'En av ansökningarna har' : `${notInvited} av ansökningarna har`} ingen bokad intervjutid; boka en tid innan kallelsen registreras.`;
    problems.push(problem('INVITATION_WITHOUT_INTERVIEW', message, { rule: 'REC-6', field: 'applicationIds', params: { count: notInvited } }));
  }
  return problems;
}

/** REC-6: a warning (not a refusal) when invitations went out later than a week after the deadline. */
export function invitationWarnings(sentOn: readonly IsoDate[], applicationDeadline: IsoDate): Problem[] {
  const latest = latestInvitationDay(applicationDeadline);
  const late = sentOn.filter((day) => day > latest);
  if (late.length === 0) return [];
  const count = late.length;
  const message = `${count === 1 ? '1 kallelse' : `${count} kallelser`} till intervju skickades senare än en vecka efter sista ansökningsdag (${applicationDeadline}); riktlinjen är senast ${latest}.`;
  return [problem('INVITATION_LATE', message, { rule: 'REC-6', params: { count, applicationDeadline, latest } })];
}

/** REC-6, REC-10: what needs a booked interview (an invitation, SYLF's attendance) waits for one. */
export function notInvitedProblems(rule: 'REC-6' | 'REC-10'): Problem[] {
  return [problem('APPLICANT_NOT_INVITED', 'Den sökande är inte kallad till intervju; boka en intervjutid först.', { rule })];
}

/**
 * REC-10: a SYLF representative attends an interview when the applicant wishes it, or at SYLF's
 * initiative when the applicant accepts; only for an applicant who is invited.
 */
export function sylfAttendanceProblems(requestedBy: SylfRequestedBy, applicantConsent: boolean, invited: boolean): Problem[] {
  const problems: Problem[] = [];
  if (!invited) problems.push(...notInvitedProblems('REC-10'));
  if (requestedBy === SylfRequestedBy.SYLF && !applicantConsent) {
    const message = 'På SYLFs initiativ får en representant bara delta om den sökande accepterar det; fråga den sökande och registrera samtycket.';
    problems.push(problem('SYLF_CONSENT_REQUIRED', message, { rule: 'REC-10', field: 'applicantConsent' }));
  }
  if (requestedBy === SylfRequestedBy.APPLICANT && !applicantConsent) {
    const message = 'Den sökande har själv önskat SYLF vid intervjun och har då samtyckt; markera samtycket.';
    problems.push(problem('SYLF_APPLICANT_REQUEST_IS_CONSENT', message, { rule: 'REC-10', field: 'applicantConsent' }));
  }
  return problems;
}

/**
 * REC-10: the list for SYLF of who is invited, in interview order: semicolon-separated UTF-8 CSV with a
 * header row; name, day and time (Swedish local time); written by csvExport, so a name cannot be a formula.
 */
export function sylfInviteesCsv(invitees: readonly { name: string; startsAt: Date; endsAt: Date }[]): string {
  const rows = [...invitees]
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .map(({ name, startsAt, endsAt }) => {
      const [day, start] = swedishLocalTime(startsAt).split(' ');
      return [name, day, `${start}–${swedishLocalTime(endsAt).split(' ')[1]}`];
    });
  return csvExport(['Namn', 'Intervjudag', 'Tid'], rows);
}
