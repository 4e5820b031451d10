import { addDays, addMonths, mondayOfIsoWeek, type IsoDate } from './iso-date';

/** REC-1: BT starts in ISO week 3 of the spring term; the Monday of that week. */
export function btStartDate(year: number): IsoDate {
  return mondayOfIsoWeek(year, 3);
}

/** EMP-1: fixed-term employment of 12 months; the inclusive last day. */
export function employmentEndDate(startDate: IsoDate, months = 12): IsoDate {
  return addDays(addMonths(startDate, months), -1);
}

/** A cohort's name from its start and site, e.g. "VT 2027 Växjö" (VT = spring term, HT = autumn). */
export function cohortName(startDate: IsoDate, siteName: string): string {
  const month = Number(startDate.slice(5, 7));
  return `${month <= 6 ? 'VT' : 'HT'} ${startDate.slice(0, 4)} ${siteName}`;
}
