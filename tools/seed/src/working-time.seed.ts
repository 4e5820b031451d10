import { Role } from '@bt/auth';
import { addMonths, type IsoDate } from '@bt/domain';
import type { Placement } from '@bt/education';
import type { ExtraHoursMonth, FlexBalance, OnCallHours, Person, Trainee } from '@bt/employment';
import type { Random } from './random';

export interface WorkingTimeData {
  extraHoursMonths: ExtraHoursMonth[];
  flexBalances: FlexBalance[];
  onCallHours: OnCallHours[];
}

/** Quarter hours from `min` to `max` hours, in minutes. */
function quarterHours(random: Random, min: number, max: number): number {
  return random.int(min * 4, max * 4) * 15;
}

/** The months of the employment that have ended on `asOf`, `YYYY-MM`. */
function monthsEnded(start: IsoDate, end: IsoDate, asOf: IsoDate): string[] {
  const months: string[] = [];
  for (let first = `${start.slice(0, 7)}-01`; first.slice(0, 7) < asOf.slice(0, 7) && first <= end; first = addMonths(first, 1)) months.push(first.slice(0, 7));
  return months;
}

/**
 * ABS-5, ABS-6, ABS-7 demo data, as HR records it from the time reporting: extra hours for every month
 * of BT that has ended on `asOf` (most trainees 2–16 h a month; every fourth 18–26 h, over the 60 h alert
 * in some quarters and on course for the 250 h cap), and for every placement that has ended its closing
 * flex balance (−14 to +28 h, so some are clamped at the change) and its on-call compensation (earned
 * 8–48 h, most of the leave taken).
 */
export function seedWorkingTime(random: Random, people: Person[], trainees: Trainee[], placements: Placement[], asOf: IsoDate): WorkingTimeData {
  const hr = people.find((person) => person.roles.includes(Role.HR_COORDINATOR))!;
  const recordedAt = new Date(`${asOf}T08:00:00Z`);
  const data: WorkingTimeData = { extraHoursMonths: [], flexBalances: [], onCallHours: [] };
  trainees.forEach((trainee, index) => {
    const heavy = index % 4 === 3;
    for (const month of monthsEnded(trainee.employmentStart, trainee.employmentEnd, asOf)) {
      const minutes = heavy ? quarterHours(random, 18, 26) : quarterHours(random, 2, 16);
      data.extraHoursMonths.push(
        Object.assign({} as ExtraHoursMonth, { id: random.uuid(), traineeId: trainee.id, month, minutes, recordedById: hr.id, recordedAt }),
      );
    }
  });
  for (const placement of placements) {
    if (placement.endDate >= asOf) continue;
    const common = { placementId: placement.id, traineeId: placement.traineeId, recordedById: hr.id, recordedAt };
    data.flexBalances.push({ ...common, closingMinutes: quarterHours(random, -14, 28) });
    const earnedMinutes = random.int(8, 48) * 60;
    // at most the leave part (70 %) of what was earned in the placement
    const takenMinutes = Math.floor((earnedMinutes * 0.7 * random.int(50, 100)) / 100 / 15) * 15;
    data.onCallHours.push({ ...common, earnedMinutes, takenMinutes });
  }
  return data;
}
