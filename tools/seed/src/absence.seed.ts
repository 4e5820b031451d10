import { Role } from '@bt/auth';
import { addDays, AbsenceDecisionRoute, absenceDecisionRoute, AbsenceKind, AbsenceStatus, coversDate, type IsoDate } from '@bt/domain';
import type { Absence, Person, Trainee, Unit } from '@bt/employment';
import type { Placement } from '@bt/education';
import type { Random } from './random';

/** An absence of the demo: whose (username), what, when, and how far it has come. */
interface DemoAbsence {
  username: string;
  kind: AbsenceKind;
  startDate: IsoDate;
  endDate: IsoDate;
  percent?: number;
  status: AbsenceStatus;
  /** Days before the start it was applied for. */
  appliedDaysBefore: number;
  note?: string;
  decisionReason?: string;
}

/**
 * The demo's absences on DEFAULT_AS_OF (2026-11-22), for the 2026 cohort: taken vacation and on-call
 * compensation leave (service, ABS-2), short sick leave and VAB (health data), six short sick-leave
 * periods of one trainee (ABS-11's flag), and applications waiting for a head of unit, for HR/payroll
 * (a vårdcentral in the vårdval, ABS-3) and for the Director (research leave, ABS-12), with a parental
 * leave applied for at short notice (ABS-8's warning).
 */
const DEMO: DemoAbsence[] = [
  {
    username: 'bt-ida.olsson',
    kind: AbsenceKind.VACATION,
    startDate: '2026-06-15',
    endDate: '2026-07-10',
    status: AbsenceStatus.APPROVED,
    appliedDaysBefore: 120,
  },
  {
    username: 'bt-ida.olsson',
    kind: AbsenceKind.SICK_LEAVE,
    startDate: '2026-10-05',
    endDate: '2026-10-06',
    status: AbsenceStatus.APPROVED,
    appliedDaysBefore: 0,
    note: 'Magsjuka.',
  },
  {
    username: 'bt-ida.olsson',
    kind: AbsenceKind.ON_CALL_COMPENSATION_LEAVE,
    startDate: '2026-11-02',
    endDate: '2026-11-03',
    status: AbsenceStatus.APPROVED,
    appliedDaysBefore: 14,
  },
  {
    username: 'bt-gustav.aberg',
    kind: AbsenceKind.VACATION,
    startDate: '2026-12-21',
    endDate: '2026-12-23',
    status: AbsenceStatus.APPLIED,
    appliedDaysBefore: 35,
  },
  {
    username: 'bt-gustav.aberg',
    kind: AbsenceKind.CARE_OF_SICK_CHILD,
    startDate: '2026-11-16',
    endDate: '2026-11-16',
    status: AbsenceStatus.APPROVED,
    appliedDaysBefore: 0,
  },
  {
    username: 'bt-sara.aberg',
    kind: AbsenceKind.PARENTAL_LEAVE,
    startDate: '2026-12-14',
    endDate: '2027-01-11',
    status: AbsenceStatus.APPLIED,
    appliedDaysBefore: 30,
    note: 'Föräldraledighet efter förlossning; planering för förlängning önskas.',
  },
  {
    username: 'bt-frida.bergstrom',
    kind: AbsenceKind.VACATION,
    startDate: '2026-12-28',
    endDate: '2026-12-30',
    status: AbsenceStatus.APPLIED,
    appliedDaysBefore: 30,
  },
  {
    username: 'bt-alva.oberg',
    kind: AbsenceKind.RESEARCH_LEAVE,
    startDate: '2026-12-07',
    endDate: '2026-12-11',
    status: AbsenceStatus.APPLIED,
    appliedDaysBefore: 60,
    note: 'Datainsamling i pågående projekt med färdig forskningsplan och finansiering.',
  },
  ...['2026-01-26', '2026-03-09', '2026-05-04', '2026-08-17', '2026-09-28', '2026-11-09'].map((day): DemoAbsence => ({
    username: 'bt-ebba.hussein',
    kind: AbsenceKind.SICK_LEAVE,
    startDate: day,
    endDate: addDays(day, 1),
    status: AbsenceStatus.APPROVED,
    appliedDaysBefore: 0,
  })),
  {
    username: 'bt-ebba.hussein',
    kind: AbsenceKind.VACATION,
    startDate: '2026-06-15',
    endDate: '2026-07-10',
    status: AbsenceStatus.APPROVED,
    appliedDaysBefore: 120,
  },
];

/**
 * ABS-1…ABS-12: the demo's absences. Who decides follows the placement on the first day (ABS-3): its
 * head of unit, HR for a vårdcentral in the vårdval, the Director for research leave. A trainee the
 * demo names but the data lacks (a smaller or other seed) is skipped.
 */
export function seedAbsences(random: Random, people: Person[], units: Unit[], trainees: Trainee[], placements: Placement[]): Absence[] {
  const hr = people.find((p) => p.roles.includes(Role.HR_COORDINATOR))!;
  const director = people.find((p) => p.roles.includes(Role.DIRECTOR))!;
  return DEMO.flatMap((demo): Absence[] => {
    const trainee = trainees.find((t) => t.username === demo.username);
    if (!trainee) return [];
    // the placement on the first day, or (for the summer vacation between placements) the one before it
    const own = placements.filter((p) => p.traineeId === trainee.id && p.startDate <= demo.startDate).sort((a, b) => (a.startDate < b.startDate ? 1 : -1));
    const placement = own.find((p) => coversDate(p, demo.startDate)) ?? own[0];
    const unit = units.find((u) => u.id === placement?.unitId);
    const route = absenceDecisionRoute(demo.kind, unit?.privatePrimaryCare ?? false);
    const head = people.find((p) => p.id === unit?.headOfUnitId);
    const decider = route === AbsenceDecisionRoute.DIRECTOR ? director : route === AbsenceDecisionRoute.PAYROLL_FOR_HEAD_OF_UNIT ? hr : head;
    const appliedOn = addDays(demo.startDate, -demo.appliedDaysBefore);
    const decided = demo.status !== AbsenceStatus.APPLIED;
    return [
      {
        id: random.uuid(),
        version: 1,
        traineeId: trainee.id,
        kind: demo.kind,
        startDate: demo.startDate,
        endDate: demo.endDate,
        percent: demo.percent ?? 100,
        status: demo.status,
        note: demo.note ?? null,
        appliedById: trainee.id,
        appliedByName: `${trainee.givenName} ${trainee.familyName}`,
        appliedAt: new Date(`${appliedOn}T08:00:00Z`),
        appliedOn,
        decisionRoute: unit || route === AbsenceDecisionRoute.DIRECTOR ? route : null,
        decidingUnitId: route === AbsenceDecisionRoute.DIRECTOR ? null : (unit?.id ?? null),
        decidedById: decided ? (decider?.id ?? null) : null,
        decidedByName: decided ? (decider?.name ?? null) : null,
        decidedAt: decided ? new Date(`${appliedOn}T14:00:00Z`) : null,
        decisionReason: demo.decisionReason ?? null,
      },
    ];
  });
}
