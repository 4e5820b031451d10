import { createEvents, type EventAttributes } from 'ics';
import { swedishLocalTime } from '@bt/domain';

/** One interview as a calendar event: when, where, who sits on the panel and, for the panel's calendar, whom they meet. */
export interface CalendarInterview {
  slotId: string;
  startsAt: Date;
  endsAt: Date;
  room: string | null;
  panel: readonly string[];
  roundName: string;
  /** The applicant's name, on a panel member's calendar. */
  applicant?: string;
}

const PRODUCT_ID = '-//Region Kronoberg//BT-rekrytering//SV';

/** The interview's time in Swedish local time, e.g. "2027-10-06 08:30–09:15". */
export function interviewTime(interview: { startsAt: Date; endsAt: Date }): string {
  return `${swedishLocalTime(interview.startsAt)}–${swedishLocalTime(interview.endsAt).slice(11)}`;
}

function event(interview: CalendarInterview): EventAttributes {
  const lines = [
    `Tid: ${interviewTime(interview)} (svensk tid)`,
    `Lokal: ${interview.room ?? 'meddelas senare'}`,
    `Intervjugrupp: ${interview.panel.length > 0 ? interview.panel.join(', ') : 'meddelas senare'}`,
  ];
  return {
    uid: `intervju-${interview.slotId}@bt-rekrytering`,
    // instants in UTC ("…Z"): every calendar shows them in its own zone, Swedish summer and winter time alike
    start: interview.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: interview.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: interview.applicant ? `Intervju med ${interview.applicant}` : `Intervju om BT-tjänst (${interview.roundName})`,
    location: interview.room ?? undefined,
    description: lines.join('\n'),
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
  };
}

/**
 * REC-6: interviews as an iCalendar file (RFC 5545) written by the `ics` library: the applicant's
 * one interview, or all of a panel member's interviews in a round.
 */
export function interviewCalendar(calendarName: string, interviews: readonly CalendarInterview[]): string {
  const { error, value } = createEvents(interviews.map(event), { productId: PRODUCT_ID, calName: calendarName });
  if (error || value == null) throw error ?? new Error('The calendar could not be written');
  return value;
}
