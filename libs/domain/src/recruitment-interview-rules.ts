import type { IsoDate } from './iso-date';
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
export function slotOptionProblems(options: SlotOptions): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(options.slotMinutes) || options.slotMinutes < SLOT_MINUTES.min || options.slotMinutes > SLOT_MINUTES.max) {
    problems.push(`Intervjuernas längd (slotMinutes) ska vara ${SLOT_MINUTES.min}–${SLOT_MINUTES.max} minuter, inte ${options.slotMinutes}.`);
  }
  if (!TIME.test(options.dayStart)) problems.push(`Dagens start (dayStart) "${options.dayStart}" ska skrivas TT:MM, t.ex. 08:30.`);
  if (!TIME.test(options.dayEnd)) problems.push(`Dagens slut (dayEnd) "${options.dayEnd}" ska skrivas TT:MM, t.ex. 16:30.`);
  if (problems.length === 0) {
    const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
    if (minutes(options.dayEnd) - minutes(options.dayStart) < options.slotMinutes) {
      problems.push(`Mellan ${options.dayStart} och ${options.dayEnd} ryms ingen intervju på ${options.slotMinutes} minuter.`);
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

/** Slots are laid out until the interviews are over. */
export function slotGenerationProblems(roundState: RecruitmentRoundState): string[] {
  return roundState === RecruitmentRoundState.OFFERS || roundState === RecruitmentRoundState.CLOSED
    ? [`Intervjutider läggs innan omgången når erbjudanden; nu är den i läget ${ROUND_STATE_LABELS_SV[roundState]}.`]
    : [];
}

/**
 * REC-6: eligible applicants (REC-3) are invited during the application period, screening or the
 * interviews; an invited applicant may be moved to another slot.
 */
export function schedulingProblems(roundState: RecruitmentRoundState, applicationState: ApplicationState): string[] {
  const problems: string[] = [];
  if (![RecruitmentRoundState.OPEN, RecruitmentRoundState.SCREENING, RecruitmentRoundState.INTERVIEWS].includes(roundState)) {
    problems.push(`Intervjuer bokas medan omgången är öppen, i urval eller i intervjuer; nu är den i läget ${ROUND_STATE_LABELS_SV[roundState]}.`);
  }
  if (applicationState !== ApplicationState.ELIGIBLE && applicationState !== ApplicationState.INVITED) {
    problems.push('Bara ansökningar som uppfyller de formella kraven (REC-3) och ännu inte intervjuats kallas till intervju.');
  }
  return problems;
}

/**
 * REC-10: a SYLF representative attends an interview when the applicant wishes it, or at SYLF's
 * initiative when the applicant accepts; only for an applicant who is invited.
 */
export function sylfAttendanceProblems(requestedBy: SylfRequestedBy, applicantConsent: boolean, invited: boolean): string[] {
  const problems: string[] = [];
  if (!invited) problems.push('Den sökande är inte kallad till intervju; boka en intervjutid först.');
  if (requestedBy === SylfRequestedBy.SYLF && !applicantConsent) {
    problems.push('REC-10: på SYLFs initiativ får en representant bara delta om den sökande accepterar det; fråga den sökande och registrera samtycket (applicantConsent).');
  }
  if (requestedBy === SylfRequestedBy.APPLICANT && !applicantConsent) {
    problems.push('Den sökande har själv önskat SYLF vid intervjun, och har då samtyckt (applicantConsent ska vara true).');
  }
  return problems;
}

function csvField(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * REC-10: the list for SYLF of who is invited, in interview order: semicolon-separated UTF-8 CSV with a
 * header row; name, day and time (Swedish local time).
 */
export function sylfInviteesCsv(invitees: readonly { name: string; startsAt: Date; endsAt: Date }[]): string {
  const rows = [...invitees]
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .map(({ name, startsAt, endsAt }) => {
      const [day, start] = swedishLocalTime(startsAt).split(' ');
      return [name, day, `${start}–${swedishLocalTime(endsAt).split(' ')[1]}`].map(csvField).join(';');
    });
  return `${['Namn;Intervjudag;Tid', ...rows].join('\r\n')}\r\n`;
}
