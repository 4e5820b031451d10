import { addDays, daysBetween, isIsoDate, isoWeekday, type IsoDate } from './iso-date';
import { problem, type Problem } from './problem';
import { textFieldProblems } from './text-rules';

/** EDU-4, EDU-5, EDU-6: the kinds of education activity a plan holds. */
export enum EducationActivityKind {
  /** EDU-6: the four-week introduction at the start of BT. */
  INTRODUCTION = 'INTRODUCTION',
  /** EDU-4: the weekly AT/BT teaching (about 4 hours). */
  AT_BT_TEACHING = 'AT_BT_TEACHING',
  /** EDU-6: the Wednesday-afternoon seminars in primary care. */
  PRIMARY_CARE_SEMINAR = 'PRIMARY_CARE_SEMINAR',
  COURSE = 'COURSE',
  /** EDU-6: self-study (half of the Wednesday afternoons in primary care). */
  SELF_STUDY = 'SELF_STUDY',
}

export const EDUCATION_ACTIVITY_KIND_NAMES: Record<EducationActivityKind, string> = {
  [EducationActivityKind.INTRODUCTION]: 'Introduktion',
  [EducationActivityKind.AT_BT_TEACHING]: 'AT/BT-undervisning',
  [EducationActivityKind.PRIMARY_CARE_SEMINAR]: 'Seminarium i primärvården',
  [EducationActivityKind.COURSE]: 'Kurs',
  [EducationActivityKind.SELF_STUDY]: 'Självstudier',
};

/** Whether a trainee took part in an activity. */
export enum AttendanceStatus {
  ATTENDED = 'ATTENDED',
  ABSENT = 'ABSENT',
  /** Away for a reason the programme accepts (on call, vacation, sick). */
  EXCUSED = 'EXCUSED',
}

/** EDU-6: the introduction lasts four weeks from the first day of BT. */
export const INTRODUCTION_DAYS = 28;
/** EDU-6: the primary-care seminars are held on Wednesday afternoons (from 12:00). */
const WEDNESDAY = 2;
const AFTERNOON_FROM = '12:00';
export const ACTIVITY_TITLE_MAX_LENGTH = 200;
/** EDU-6: trainees per call to recordAttendance: a cohort's day of teaching, with room to spare. */
export const MAX_ATTENDANCE_ENTRIES = 200;
export const ACTIVITY_TEXT_MAX_LENGTH = 1000;
/** The widest date range one listing of activities covers. */
export const ACTIVITY_RANGE_MAX_DAYS = 400;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** An activity as planned: who it is for is a site's cohort or one trainee (the service knows which). */
export interface ActivityDraft {
  kind: EducationActivityKind;
  title: string;
  date: IsoDate;
  startTime: string;
  endTime: string;
  location?: string | null;
  description?: string | null;
  goalCodes: readonly string[];
}

/** What makes an activity impossible to save: an empty title, a date or times that are not, an end before the start, goals that do not exist. */
export function activityProblems(draft: ActivityDraft, knownGoalCodes: ReadonlySet<string>): Problem[] {
  const problems = [
    ...textFieldProblems('input.title', 'Rubriken', draft.title, { required: true, maxLength: ACTIVITY_TITLE_MAX_LENGTH }),
    ...textFieldProblems('input.location', 'Platsen', draft.location, { required: false, maxLength: ACTIVITY_TITLE_MAX_LENGTH }),
    ...textFieldProblems('input.description', 'Beskrivningen', draft.description, { required: false, maxLength: ACTIVITY_TEXT_MAX_LENGTH, multiline: true }),
  ];
  if (!isIsoDate(draft.date))
    problems.push(problem('DATE_INVALID', `"${draft.date}" är inget giltigt datum; skriv ÅÅÅÅ-MM-DD.`, { field: 'input.date', params: { value: draft.date } }));
  const times = [
    ['input.startTime', draft.startTime],
    ['input.endTime', draft.endTime],
  ] as const;
  for (const [field, value] of times) {
    if (!TIME.test(value)) problems.push(problem('TIME_INVALID', 'Tiden ska skrivas TT:MM, t.ex. 13:00.', { field, params: { value } }));
  }
  if (TIME.test(draft.startTime) && TIME.test(draft.endTime) && draft.endTime <= draft.startTime) {
    problems.push(
      problem('ACTIVITY_ENDS_BEFORE_START', 'Aktiviteten måste sluta efter att den börjat.', {
        field: 'input.endTime',
        params: { startTime: draft.startTime, endTime: draft.endTime },
      }),
    );
  }
  const unknown = [...new Set(draft.goalCodes)].filter((code) => !knownGoalCodes.has(code));
  if (unknown.length > 0) {
    problems.push(
      problem('ACTIVITY_GOAL_UNKNOWN', `Delmålen ${unknown.join(', ')} finns inte i målbeskrivningen.`, {
        field: 'input.goalCodes',
        params: { codes: unknown.join(', ') },
      }),
    );
  }
  return problems;
}

function warning(code: string, message: string, rule: string, params: Record<string, string | number>): Problem {
  return problem(code, message, { rule, params });
}

/**
 * What is allowed but unlike the programme, as warnings beside the saved activity: EDU-6 a primary-care
 * seminar not on a Wednesday afternoon; EDU-6 an introduction outside the first four weeks of BT
 * (`btStart`, when the activity is for one trainee whose BT start is known).
 */
export function activityFindings(draft: ActivityDraft, btStart?: IsoDate): Problem[] {
  const findings: Problem[] = [];
  if (draft.kind === EducationActivityKind.PRIMARY_CARE_SEMINAR && (isoWeekday(draft.date) !== WEDNESDAY || draft.startTime < AFTERNOON_FROM)) {
    findings.push(
      warning('SEMINAR_NOT_WEDNESDAY_AFTERNOON', 'Seminarierna i primärvården hålls på onsdagseftermiddagar; kontrollera dag och tid.', 'EDU-6', {
        date: draft.date,
        startTime: draft.startTime,
      }),
    );
  }
  if (draft.kind === EducationActivityKind.INTRODUCTION && btStart) {
    const day = daysBetween(btStart, draft.date);
    if (day < 0 || day >= INTRODUCTION_DAYS) {
      findings.push(
        warning('INTRODUCTION_OUTSIDE_FIRST_WEEKS', 'Introduktionen ligger under BT:s fyra första veckor; den här ligger utanför dem.', 'EDU-6', {
          date: draft.date,
          btStart,
          lastDay: addDays(btStart, INTRODUCTION_DAYS - 1),
        }),
      );
    }
  }
  return findings;
}

/**
 * EDU-4: the weeks (their Mondays) from `from` to `to` with no AT/BT teaching among `activities`, so a
 * planner sees where the weekly teaching is missing. Weeks only partly inside the range count.
 */
export function weeksWithoutTeaching(activities: readonly { kind: EducationActivityKind; date: IsoDate }[], from: IsoDate, to: IsoDate): IsoDate[] {
  const monday = (date: IsoDate) => addDays(date, -isoWeekday(date));
  const taught = new Set(activities.filter((activity) => activity.kind === EducationActivityKind.AT_BT_TEACHING).map((activity) => monday(activity.date)));
  const weeks: IsoDate[] = [];
  for (let week = monday(from); week <= to; week = addDays(week, 7)) if (!taught.has(week)) weeks.push(week);
  return weeks;
}

/** A listing's date range: both dates real, `from` not after `to`, at most ACTIVITY_RANGE_MAX_DAYS days. */
export function activityRangeProblems(from: IsoDate, to: IsoDate): Problem[] {
  const invalid = (
    [
      ['from', from],
      ['to', to],
    ] as const
  ).filter(([, value]) => !isIsoDate(value));
  if (invalid.length > 0) {
    return invalid.map(([field, value]) => problem('DATE_INVALID', `"${value}" är inget giltigt datum; skriv ÅÅÅÅ-MM-DD.`, { field, params: { value } }));
  }
  if (to < from) return [problem('ACTIVITY_RANGE_REVERSED', 'Slutdatumet kan inte ligga före startdatumet.', { field: 'to' })];
  if (daysBetween(from, to) > ACTIVITY_RANGE_MAX_DAYS) {
    return [
      problem('ACTIVITY_RANGE_TOO_LONG', `Visa högst ${ACTIVITY_RANGE_MAX_DAYS} dagar åt gången.`, {
        field: 'to',
        params: { maxDays: ACTIVITY_RANGE_MAX_DAYS },
      }),
    ];
  }
  return [];
}
