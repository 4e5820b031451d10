import { addDays, addMonths, daysBetween, type IsoDate } from './iso-date';
import { problem, type Problem } from './problem';

/**
 * ABS-6 (Working Hours Act, ATL): extra hours (övertid and mertid) per trainee and calendar month, in
 * whole minutes. HR reconciles per quarter; 60 h in a quarter is the alert, 250 h in a calendar year
 * the cap. EMP-4's 40 h week is the baseline of the Act's 48 h average.
 */
export const QUARTER_ALERT_MINUTES = 60 * 60;
export const YEAR_CAP_MINUTES = 250 * 60;
/** EMP-4: the ordinary week, daytime (on-call duty comes on top and is not in the monthly extra hours). */
export const BASELINE_WEEK_MINUTES = 40 * 60;
/** Working Hours Act 10 b §: at most 48 h a week on average over a period of at most four months. */
export const AVERAGE_WEEK_LIMIT_MINUTES = 48 * 60;
export const AVERAGE_PERIOD_MONTHS = 4;
/** Working Hours Act 13 §: at least 11 h of consecutive rest in every 24 hours. */
export const DAILY_REST_MINUTES = 11 * 60;
/** The most extra hours one month can hold (every hour of a 31-day month). */
export const MAX_MONTH_MINUTES = 31 * 24 * 60;

export const SWEDISH_MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** A calendar month as `YYYY-MM`. */
export type YearMonth = string;

export interface MonthMinutes {
  month: YearMonth;
  minutes: number;
}

export interface YearQuarter {
  year: number;
  quarter: number;
}

const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isYearMonth(value: string): boolean {
  return YEAR_MONTH.test(value);
}

export function yearMonth(year: number, month: number): YearMonth {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** 1–4. */
export function quarterOfMonth(month: YearMonth): number {
  return Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1;
}

/** The three months of a quarter, `YYYY-MM`. */
export function quarterMonths({ year, quarter }: YearQuarter): YearMonth[] {
  return [1, 2, 3].map((offset) => yearMonth(year, (quarter - 1) * 3 + offset));
}

/** ABS-6: the last quarter that has ended on `today` (HR reconciles it; on 1 April that is the first quarter). */
export function lastCompletedQuarter(today: IsoDate): YearQuarter {
  const year = Number(today.slice(0, 4));
  const current = quarterOfMonth(today.slice(0, 7));
  return current === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: current - 1 };
}

/** Whether the quarter has ended on `today` (only then is it reconciled and listed for the Director). */
export function quarterHasEnded({ year, quarter }: YearQuarter, today: IsoDate): boolean {
  const last = lastCompletedQuarter(today);
  return year < last.year || (year === last.year && quarter <= last.quarter);
}

export interface QuarterSum {
  quarter: number;
  minutes: number;
  /** ABS-6: at or over 60 h. */
  overAlert: boolean;
}

/** ABS-6: the four quarters of `year` with their sums; months of other years are left out. */
export function quarterSums(year: number, months: readonly MonthMinutes[]): QuarterSum[] {
  const sums = [0, 0, 0, 0];
  for (const { month, minutes } of months) {
    if (Number(month.slice(0, 4)) === year) sums[quarterOfMonth(month) - 1] += minutes;
  }
  return sums.map((minutes, index) => ({ quarter: index + 1, minutes, overAlert: minutes >= QUARTER_ALERT_MINUTES }));
}

export interface CapProjection {
  yearMinutes: number;
  /** ABS-6: the year's sum has reached 250 h. */
  capReached: boolean;
  /** Minutes a month at the rate so far (the year's sum over the months elapsed). */
  monthlyRateMinutes: number;
  /** 1–12: the month the cap was reached, or will be at the current rate; null when not within the year. */
  capMonth: number | null;
}

/**
 * ABS-6: the calendar year's sum and when the 250 h cap is reached at the current rate ("taket nås i
 * september"). `elapsedMonths` (1–12) are the months the rate is taken over: January up to the last
 * month reported. A month already over the cap is the month it was reached.
 */
export function capProjection(year: number, months: readonly MonthMinutes[], elapsedMonths: number): CapProjection {
  const byMonth = Array.from({ length: 12 }, () => 0);
  for (const { month, minutes } of months) if (Number(month.slice(0, 4)) === year) byMonth[Number(month.slice(5, 7)) - 1] += minutes;
  const elapsed = Math.min(12, Math.max(1, elapsedMonths));
  const yearMinutes = byMonth.reduce((sum, minutes) => sum + minutes, 0);
  let cumulative = 0;
  for (let index = 0; index < 12; index += 1) {
    cumulative += byMonth[index];
    if (cumulative >= YEAR_CAP_MINUTES) return { yearMinutes, capReached: true, monthlyRateMinutes: Math.round(yearMinutes / elapsed), capMonth: index + 1 };
  }
  const soFar = byMonth.slice(0, elapsed).reduce((sum, minutes) => sum + minutes, 0);
  return { yearMinutes, capReached: false, monthlyRateMinutes: Math.round(soFar / elapsed), capMonth: projectedCapMonth(soFar, elapsed) };
}

/**
 * ABS-6: the month (1–12) the 250 h cap is reached when the `minutesSoFar` of the first `elapsedMonths`
 * months go on at the same rate; `elapsedMonths` itself when already reached; null when not within the
 * year. In integers, so a rate that lands exactly on the cap names that month.
 */
export function projectedCapMonth(minutesSoFar: number, elapsedMonths: number): number | null {
  if (minutesSoFar >= YEAR_CAP_MINUTES) return elapsedMonths;
  if (minutesSoFar <= 0) return null;
  const month = elapsedMonths + Math.ceil(((YEAR_CAP_MINUTES - minutesSoFar) * elapsedMonths) / minutesSoFar);
  return month <= 12 ? month : null;
}

/** "taket nås i september" for a projection; null when the cap is not within the year. */
export function capProjectionText(projection: CapProjection): string | null {
  if (projection.capMonth === null) return null;
  const month = SWEDISH_MONTHS[projection.capMonth - 1];
  return projection.capReached ? `Taket på 250 timmar nåddes i ${month}.` : `I nuvarande takt nås taket på 250 timmar i ${month}.`;
}

/** How many months of `year` the rate is taken over on `today`: every month of an earlier year, else up to the last month reported or the last month ended. */
export function elapsedMonthsOf(year: number, months: readonly MonthMinutes[], today: IsoDate): number {
  const thisYear = Number(today.slice(0, 4));
  if (year < thisYear) return 12;
  const reported = months.filter((m) => Number(m.month.slice(0, 4)) === year && m.minutes > 0).map((m) => Number(m.month.slice(5, 7)));
  const ended = year === thisYear ? Number(today.slice(5, 7)) - 1 : 0;
  return Math.max(1, ended, ...reported);
}

export interface WorkingTimeWarning {
  /** Stable code: AVERAGE_WEEK_OVER_48 or DAILY_REST_UNDER_11. */
  code: string;
  /** The period it is about: first and last day. */
  from: IsoDate;
  to: IsoDate;
  message: string;
}

/**
 * Working Hours Act, as a warning beside ABS-6: the 48 h average a week over every four consecutive
 * calendar months with reported hours, taking EMP-4's 40 h week as worked in full plus the month's extra
 * hours. Monthly data only allows that: absence is not subtracted (it would lower the average) and
 * on-call duty is not in the extra hours, so the figure is an estimate, never a refusal.
 */
export function averageWeekWarnings(months: readonly MonthMinutes[]): WorkingTimeWarning[] {
  const byMonth = new Map<YearMonth, number>();
  for (const { month, minutes } of months) byMonth.set(month, (byMonth.get(month) ?? 0) + minutes);
  const starts = [...byMonth.keys()].sort();
  const warnings: WorkingTimeWarning[] = [];
  for (const start of starts) {
    const from = `${start}-01`;
    const next = addMonths(from, AVERAGE_PERIOD_MONTHS);
    const to = addDays(next, -1);
    const window = Array.from({ length: AVERAGE_PERIOD_MONTHS }, (_, i) => addMonths(from, i).slice(0, 7));
    const extra = window.reduce((sum, month) => sum + (byMonth.get(month) ?? 0), 0);
    const weeks = daysBetween(from, next) / 7;
    const average = BASELINE_WEEK_MINUTES + extra / weeks;
    if (average > AVERAGE_WEEK_LIMIT_MINUTES) {
      const hours = (Math.round((average / 60) * 10) / 10).toLocaleString('sv-SE');
      warnings.push({
        code: 'AVERAGE_WEEK_OVER_48',
        from,
        to,
        message: `Från ${from} till ${to} blir genomsnittet ${hours} timmar i veckan (40 timmar plus extra timmar); arbetstidslagen tillåter högst 48 i snitt över fyra månader. Planera ledighet eller färre extra pass.`,
      });
    }
  }
  return warnings;
}

/** A worked period of one day, start and end as `YYYY-MM-DDTHH:MM` local time. */
export interface WorkedPeriod {
  start: string;
  end: string;
}

function minutesOf(localTime: string): number {
  return Date.parse(`${localTime}:00Z`) / 60_000;
}

/**
 * Working Hours Act 13 §, as a warning: when daily data is given (start and end of each worked period),
 * every rest between two periods shorter than 11 hours. Monthly extra hours cannot show it, so the graph
 * (monthly data only) does not warn about it.
 */
export function dailyRestWarnings(periods: readonly WorkedPeriod[]): WorkingTimeWarning[] {
  const sorted = [...periods].sort((a, b) => a.start.localeCompare(b.start));
  const warnings: WorkingTimeWarning[] = [];
  for (let i = 1; i < sorted.length; i += 1) {
    const rest = minutesOf(sorted[i].start) - minutesOf(sorted[i - 1].end);
    if (rest < DAILY_REST_MINUTES) {
      const hours = (Math.round((rest / 60) * 10) / 10).toLocaleString('sv-SE');
      warnings.push({
        code: 'DAILY_REST_UNDER_11',
        from: sorted[i - 1].end.slice(0, 10),
        to: sorted[i].start.slice(0, 10),
        message: `Vilan mellan passen ${sorted[i - 1].end.replace('T', ' ')} och ${sorted[i].start.replace('T', ' ')} är ${hours} timmar; arbetstidslagen kräver minst 11 timmars sammanhängande dygnsvila.`,
      });
    }
  }
  return warnings;
}

/** ABS-6: a month's extra hours as entered: `YYYY-MM`, 0 or more in quarter hours, at most the month's hours. */
export function extraHoursProblems(draft: { month: string; hours: number }, employment?: { employmentStart: IsoDate; employmentEnd: IsoDate }): Problem[] {
  const problems: Problem[] = [];
  if (!isYearMonth(draft.month)) {
    problems.push(problem('EXTRA_HOURS_MONTH_INVALID', 'Ange månaden som år och månad, t.ex. 2026-09.', { rule: 'ABS-6', field: 'month' }));
  } else if (employment && (draft.month < employment.employmentStart.slice(0, 7) || draft.month > employment.employmentEnd.slice(0, 7))) {
    problems.push(
      problem(
        'EXTRA_HOURS_OUTSIDE_EMPLOYMENT',
        `Månaden ligger utanför anställningen (${employment.employmentStart}–${employment.employmentEnd}). Ange en månad under BT.`,
        {
          rule: 'ABS-6',
          field: 'month',
          params: { employmentStart: employment.employmentStart, employmentEnd: employment.employmentEnd },
        },
      ),
    );
  }
  const minutes = draft.hours * 60;
  if (!Number.isFinite(draft.hours) || draft.hours < 0 || minutes > MAX_MONTH_MINUTES || !Number.isInteger(draft.hours * 4)) {
    problems.push(
      problem('EXTRA_HOURS_INVALID', 'Ange timmarna som 0 eller mer i kvartstimmar (t.ex. 12,25), högst så många timmar som månaden har.', {
        rule: 'ABS-6',
        field: 'hours',
      }),
    );
  }
  return problems;
}

/** Hours (quarter hours) as whole minutes. */
export function hoursToMinutes(hours: number): number {
  return Math.round(hours * 60);
}

/** ABS-6: a year and quarter asked about: a quarter 1–4 of a year 2000–2100. */
export function yearQuarterProblems({ year, quarter }: { year: number; quarter?: number }): Problem[] {
  const problems: Problem[] = [];
  if (!Number.isInteger(year) || year < 2000 || year > 2100) problems.push(problem('YEAR_INVALID', 'Ange ett år mellan 2000 och 2100.', { field: 'year' }));
  if (quarter !== undefined && (!Number.isInteger(quarter) || quarter < 1 || quarter > 4)) {
    problems.push(problem('QUARTER_INVALID', 'Ange kvartalet som 1, 2, 3 eller 4.', { rule: 'ABS-6', field: 'quarter' }));
  }
  return problems;
}

/** ABS-6: HR reconciles a quarter once it has ended. */
export function reconciliationProblems(yearQuarter: YearQuarter, today: IsoDate): Problem[] {
  const problems = yearQuarterProblems(yearQuarter);
  if (problems.length === 0 && !quarterHasEnded(yearQuarter, today)) {
    problems.push(
      problem(
        'EXTRA_HOURS_QUARTER_NOT_ENDED',
        `Kvartal ${yearQuarter.quarter} ${yearQuarter.year} har inte tagit slut än. Stäm av kvartalet när det är slut.`,
        {
          rule: 'ABS-6',
          field: 'quarter',
          params: { year: yearQuarter.year, quarter: yearQuarter.quarter },
        },
      ),
    );
  }
  return problems;
}

export const MAX_PLAN_LENGTH = 2000;

/** ABS-6: the plan made with a trainee over the limits: a text, and the day it was made (not after today). */
export function extraHoursPlanProblems(draft: { plan: string; plannedOn: IsoDate }, today: IsoDate): Problem[] {
  const problems: Problem[] = [];
  const text = draft.plan.trim();
  if (text.length === 0 || text.length > MAX_PLAN_LENGTH) {
    problems.push(
      problem('EXTRA_HOURS_PLAN_TEXT_INVALID', `Beskriv planen med BT-läkaren (högst ${MAX_PLAN_LENGTH} tecken).`, {
        rule: 'ABS-6',
        field: 'plan',
        params: { max: MAX_PLAN_LENGTH },
      }),
    );
  }
  if (draft.plannedOn > today) {
    problems.push(
      problem('EXTRA_HOURS_PLAN_IN_FUTURE', 'Ange dagen då planen gjordes med BT-läkaren; den kan inte ligga efter i dag.', {
        rule: 'ABS-6',
        field: 'plannedOn',
        params: { today },
      }),
    );
  }
  return problems;
}
