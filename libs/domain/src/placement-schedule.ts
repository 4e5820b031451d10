import { addDays, addMonths, type IsoDate } from './iso-date';
import { RegionPart, SiteCode, UnitKind } from './organisation';

export enum PlacementKind {
  INTRODUCTION = 'INTRODUCTION',
  INTERNAL_MEDICINE = 'INTERNAL_MEDICINE',
  SURGERY = 'SURGERY',
  PSYCHIATRY = 'PSYCHIATRY',
  PRIMARY_CARE = 'PRIMARY_CARE',
}

export interface ScheduledPeriod {
  kind: PlacementKind | 'VACATION';
  startDate: IsoDate;
  /** Inclusive last day. */
  endDate: IsoDate;
  months: number;
}

/** The three inpatient/psychiatry rotations; trainees of one cohort take them in different orders. */
const ROTATION_ORDERS: readonly PlacementKind[][] = [
  [PlacementKind.INTERNAL_MEDICINE, PlacementKind.SURGERY, PlacementKind.PSYCHIATRY],
  [PlacementKind.SURGERY, PlacementKind.INTERNAL_MEDICINE, PlacementKind.PSYCHIATRY],
  [PlacementKind.PSYCHIATRY, PlacementKind.INTERNAL_MEDICINE, PlacementKind.SURGERY],
  [PlacementKind.INTERNAL_MEDICINE, PlacementKind.PSYCHIATRY, PlacementKind.SURGERY],
  [PlacementKind.SURGERY, PlacementKind.PSYCHIATRY, PlacementKind.INTERNAL_MEDICINE],
  [PlacementKind.PSYCHIATRY, PlacementKind.SURGERY, PlacementKind.INTERNAL_MEDICINE],
];

/**
 * EDU-1: Kronoberg's 12 months — introduction 1, internal medicine 2, surgery 2, vacation 1,
 * psychiatry 2, primary care 4. BT starts and ends at the trainee's vårdcentral (EDU-7), so the
 * introduction comes first and primary care last; the three rotations between are staggered by
 * `rotation` so that a cohort is spread over the clinics, with the month of vacation (ABS-4) after
 * the second rotation, in the summer for a January start.
 */
export function planBtSchedule(startDate: IsoDate, rotation: number): ScheduledPeriod[] {
  const [first, second, third] = ROTATION_ORDERS[((rotation % ROTATION_ORDERS.length) + ROTATION_ORDERS.length) % ROTATION_ORDERS.length];
  const sequence: [ScheduledPeriod['kind'], number][] = [
    [PlacementKind.INTRODUCTION, 1],
    [first, 2],
    [second, 2],
    ['VACATION', 1],
    [third, 2],
    [PlacementKind.PRIMARY_CARE, 4],
  ];
  return consecutivePeriods(startDate, sequence);
}

/** Periods of whole months one after the other from `startDate`, in the order given. */
export function consecutivePeriods(startDate: IsoDate, sequence: readonly (readonly [ScheduledPeriod['kind'], number])[]): ScheduledPeriod[] {
  const periods: ScheduledPeriod[] = [];
  let monthOffset = 0;
  for (const [kind, months] of sequence) {
    periods.push({
      kind,
      months,
      startDate: addMonths(startDate, monthOffset),
      endDate: addDays(addMonths(startDate, monthOffset + months), -1),
    });
    monthOffset += months;
  }
  return periods;
}

/** EDU-1: the kinds of placement that are acute care (internal medicine and surgery). */
export const ACUTE_CARE_KINDS: readonly PlacementKind[] = [PlacementKind.INTERNAL_MEDICINE, PlacementKind.SURGERY];
/** EDU-1, EDU-7: the kinds of placement at the vårdcentral, where BT starts (introduction) and ends. */
export const PRIMARY_CARE_KINDS: readonly PlacementKind[] = [PlacementKind.INTRODUCTION, PlacementKind.PRIMARY_CARE];

/** Months of acute care and of primary care in a schedule (the regulation asks for at least 3 of each). */
export function scheduleCoverage(periods: readonly ScheduledPeriod[]): { acuteMonths: number; primaryCareMonths: number } {
  const sum = (kinds: readonly ScheduledPeriod['kind'][]) => periods.filter((p) => kinds.includes(p.kind)).reduce((total, p) => total + p.months, 0);
  return { acuteMonths: sum(ACUTE_CARE_KINDS), primaryCareMonths: sum(PRIMARY_CARE_KINDS) };
}

export interface PlacementLocation {
  unitKind: UnitKind;
  site: SiteCode;
  regionPart?: RegionPart;
}

/**
 * EDU-2: Växjö trainees do inpatient placements in Växjö and primary care in the east; Ljungby
 * trainees inpatient in Ljungby and primary care in the west; psychiatry is in Växjö for everyone.
 */
export function placementLocation(kind: PlacementKind, mainSite: SiteCode): PlacementLocation {
  const regionPart = mainSite === SiteCode.VAXJO ? RegionPart.EAST : RegionPart.WEST;
  switch (kind) {
    case PlacementKind.INTRODUCTION:
    case PlacementKind.PRIMARY_CARE:
      return { unitKind: UnitKind.PRIMARY_CARE, site: mainSite, regionPart };
    case PlacementKind.PSYCHIATRY:
      return { unitKind: UnitKind.PSYCHIATRY, site: SiteCode.VAXJO };
    case PlacementKind.INTERNAL_MEDICINE:
      return { unitKind: UnitKind.INTERNAL_MEDICINE, site: mainSite };
    case PlacementKind.SURGERY:
      return { unitKind: UnitKind.SURGERY, site: mainSite };
  }
}

/** The kinds of placement as people say them (Swedish), for texts the server writes (the plan's change log). */
export const PLACEMENT_KIND_NAMES: Record<PlacementKind, string> = {
  [PlacementKind.INTRODUCTION]: 'Introduktion',
  [PlacementKind.INTERNAL_MEDICINE]: 'Internmedicin',
  [PlacementKind.SURGERY]: 'Kirurgi',
  [PlacementKind.PSYCHIATRY]: 'Psykiatri',
  [PlacementKind.PRIMARY_CARE]: 'Primärvård',
};
