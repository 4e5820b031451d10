/** EMP-5: a term's workplace meetings per main site, with the server's warning when fewer than two are planned. */
export const WORKPLACE_MEETING_TERMS = `query ($term: String!) { workplaceMeetingTerms(term: $term) {
  term start end planned warning site { id name } meetings { id date startTime title agenda } } }`;

/** EMP-5: plan a meeting on a main site (the deputy director only her own, ORG-1; the server decides). */
export const PLAN_WORKPLACE_MEETING = `mutation ($input: WorkplaceMeetingInput!) { planWorkplaceMeeting(input: $input) { id } }`;

export interface WorkplaceMeeting {
  id: string;
  date: string;
  startTime: string;
  title: string;
  agenda: string | null;
}

export interface WorkplaceMeetingTerm {
  term: string;
  start: string;
  end: string;
  planned: number;
  warning: string | null;
  site: { id: string; name: string };
  meetings: WorkplaceMeeting[];
}

/** The term a day falls in, as the server spells it: VT January–June, HT July–December (EMP-5). */
export function termOfDay(day: string): string {
  return `${Number(day.slice(5, 7)) <= 6 ? 'VT' : 'HT'}${day.slice(0, 4)}`;
}
