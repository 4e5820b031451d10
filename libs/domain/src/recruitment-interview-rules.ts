import type { IsoDate } from './iso-date';
import { csvExport } from './csv-export';
import { problem, type Problem } from './problem';
import { ApplicationState, RecruitmentRoundState, ROUND_STATE_LABELS_SV, SylfRequestedBy } from './recruitment';

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
}

export const SLOT_MINUTES = { min: 10, max: 240 };

/** REC-6: interview slots of 10–240 minutes between a start and an end of day (HH:MM), at least one a day. */
export function slotOptionProblems(options: SlotOptions): Problem[] {
  const problems: Problem[] = [];
  const { slotMinutes, dayStart, dayEnd } = options;
  if (!Number.isInteger(slotMinutes) || slotMinutes < SLOT_MINUTES.min || slotMinutes > SLOT_MINUTES.max) {
    const message = `Intervjuernas längd ska vara ${SLOT_MINUTES.min}–${SLOT_MINUTES.max} minuter, inte ${slotMinutes}.`;
    problems.push(problem('SLOT_MINUTES_OUT_OF_RANGE', message, { rule: 'REC-6', field: 'slotMinutes', params: { ...SLOT_MINUTES, value: slotMinutes } }));
  }
  if (!TIME.test(dayStart))
    problems.push(problem('TIME_INVALID', `Dagens start, "${dayStart}", ska skrivas TT:MM, t.ex. 08:30.`, { field: 'dayStart', params: { value: dayStart } }));
  if (!TIME.test(dayEnd))
    problems.push(problem('TIME_INVALID', `Dagens slut, "${dayEnd}", ska skrivas TT:MM, t.ex. 16:30.`, { field: 'dayEnd', params: { value: dayEnd } }));
  if (problems.length === 0) {
    const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
    if (minutes(dayEnd) - minutes(dayStart) < slotMinutes) {
      const message = `Mellan ${dayStart} och ${dayEnd} ryms ingen intervju på ${slotMinutes} minuter.`;
      problems.push(problem('SLOT_DOES_NOT_FIT_DAY', message, { rule: 'REC-6', field: 'dayEnd', params: { dayStart, dayEnd, slotMinutes } }));
    }
  }
  return problems;
}

export interface SlotTimes {
  startsAt: Date;
  endsAt: Date;
}

/** REC-6: back-to-back slots on each interview day, from the start of the day while a whole slot fits before its end. */
export function planInterviewSlots(days: readonly IsoDate[], options: SlotOptions): SlotTimes[] {
  return [...days].sort().flatMap((day) => {
    const end = swedishMoment(day, options.dayEnd).getTime();
    const slots: SlotTimes[] = [];
    for (let start = swedishMoment(day, options.dayStart).getTime(); start + options.slotMinutes * 60_000 <= end; start += options.slotMinutes * 60_000) {
      slots.push({ startsAt: new Date(start), endsAt: new Date(start + options.slotMinutes * 60_000) });
    }
    return slots;
  });
}

export function slotsOverlap(a: SlotTimes, b: SlotTimes): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
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

/**
 * REC-10: a SYLF representative attends an interview when the applicant wishes it, or at SYLF's
 * initiative when the applicant accepts; only for an applicant who is invited.
 */
export function sylfAttendanceProblems(requestedBy: SylfRequestedBy, applicantConsent: boolean, invited: boolean): Problem[] {
  const problems: Problem[] = [];
  if (!invited) problems.push(problem('APPLICANT_NOT_INVITED', 'Den sökande är inte kallad till intervju; boka en intervjutid först.', { rule: 'REC-10' }));
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
