import { addDays, isIsoDate, type IsoDate } from './iso-date';
import { problem, type Problem } from './problem';

/** ACC-1–ACC-3: what admin support arranges before and during a trainee's BT. */
export enum AccessTaskKind {
  /** ACC-1: record-system (journal) access ordered for a unit the trainee will pass, before BT starts. */
  RECORD_ACCESS = 'RECORD_ACCESS',
  /** ACC-2: door access for a unit the trainee will pass, at BT's start. */
  DOOR_ACCESS = 'DOOR_ACCESS',
  /** ACC-3: the trainee moved administratively to the unit of a placement (and the BT mail group kept current), before it starts. */
  ADMINISTRATIVE_MOVE = 'ADMINISTRATIVE_MOVE',
}

export const ACCESS_TASK_RULES: Record<AccessTaskKind, string> = {
  [AccessTaskKind.RECORD_ACCESS]: 'ACC-1',
  [AccessTaskKind.DOOR_ACCESS]: 'ACC-2',
  [AccessTaskKind.ADMINISTRATIVE_MOVE]: 'ACC-3',
};

/**
 * When each task is due: record-system access ordered a week before BT's first day (the order takes
 * time to go through; ACC-1 "before start"), door access by the first day (ACC-2 "at start"), the
 * administrative move by the day before the placement's first day (ACC-3 "before each placement").
 */
export const ACCESS_DUE = { recordAccessDaysBeforeStart: 7, moveDaysBeforePlacement: 1 } as const;

/** A placement as the access tasks need it. */
export interface AccessPlacement {
  id: string;
  unitId: string;
  startDate: IsoDate;
}

/** A task the plan gives: its stable key within the trainee's tasks, kind, unit, placement (ACC-3) and due day. */
export interface PlannedAccessTask {
  key: string;
  kind: AccessTaskKind;
  unitId: string;
  placementId: string | null;
  dueDate: IsoDate;
}

/**
 * ACC-1–ACC-3: the trainee's access tasks from the plan's placements: per unit the trainee will pass,
 * record-system access (due a week before BT's start) and door access (due at the start); per
 * placement at another unit than the one before it, the administrative move (due the day before it
 * starts; a placement split in two at the same unit needs no second move). In order of due day.
 */
export function plannedAccessTasks(placements: readonly AccessPlacement[]): PlannedAccessTask[] {
  if (placements.length === 0) return [];
  const ordered = [...placements].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id));
  const start = ordered[0].startDate;
  const units = [...new Set(ordered.map((p) => p.unitId))];
  const tasks: PlannedAccessTask[] = [
    ...units.map((unitId) => ({
      key: `ACC-1:${unitId}`,
      kind: AccessTaskKind.RECORD_ACCESS,
      unitId,
      placementId: null,
      dueDate: addDays(start, -ACCESS_DUE.recordAccessDaysBeforeStart),
    })),
    ...units.map((unitId) => ({ key: `ACC-2:${unitId}`, kind: AccessTaskKind.DOOR_ACCESS, unitId, placementId: null, dueDate: start })),
    ...ordered
      .filter((p, index) => index === 0 || ordered[index - 1].unitId !== p.unitId)
      .map((p) => ({
        key: `ACC-3:${p.id}`,
        kind: AccessTaskKind.ADMINISTRATIVE_MOVE,
        unitId: p.unitId,
        placementId: p.id,
        dueDate: addDays(p.startDate, -ACCESS_DUE.moveDaysBeforePlacement),
      })),
  ];
  return tasks.sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}

/**
 * ACC-1–ACC-3: of the plan's tasks, those still needed given the day the plan was made (`planMadeOn`):
 * a plan made for a trainee already in BT (adopted mid-year) gives no task due before that day, since
 * the trainee already works there (access and moves were arranged before there was a plan). A task due
 * on that day or later is kept, also when a later change of the plan moves it into the past (overdue).
 * A plan without a recorded day (made before it was kept) keeps every task.
 */
export function accessTasksSincePlanMade(tasks: readonly PlannedAccessTask[], planMadeOn: IsoDate | null): PlannedAccessTask[] {
  return planMadeOn ? tasks.filter((task) => task.dueDate >= planMadeOn) : [...tasks];
}

/** The longest look ahead of a list of due tasks, in days. */
export const MAX_ACCESS_WITHIN_DAYS = 366;

/** ACC-1–ACC-3: how far ahead a list of due tasks looks: 0 (what is due today or earlier) to a year. */
export function accessWithinDaysProblems(withinDays: number): Problem[] {
  return Number.isInteger(withinDays) && withinDays >= 0 && withinDays <= MAX_ACCESS_WITHIN_DAYS
    ? []
    : [
        problem('ACCESS_WITHIN_DAYS_OUT_OF_RANGE', `Ange hur många dagar framåt listan gäller: 0–${MAX_ACCESS_WITHIN_DAYS}.`, {
          field: 'withinDays',
          params: { max: MAX_ACCESS_WITHIN_DAYS },
        }),
      ];
}

/** ACC-1–ACC-3: a task is ticked once, on a real day no later than today, and only while the plan needs it. */
export function accessTaskCompletionProblems(
  task: { kind: AccessTaskKind; needed: boolean; completedOn: string | null },
  doneOn: string,
  today: IsoDate,
): Problem[] {
  const rule = ACCESS_TASK_RULES[task.kind];
  if (task.completedOn) {
    return [
      problem('ACCESS_TASK_ALREADY_DONE', `Uppgiften är redan avbockad (${task.completedOn}).`, { rule, field: 'id', params: { doneOn: task.completedOn } }),
    ];
  }
  if (!task.needed) {
    return [
      problem('ACCESS_TASK_NOT_NEEDED', 'Planen behöver inte längre uppgiften: enheten eller placeringen finns inte kvar i planen.', { rule, field: 'id' }),
    ];
  }
  if (!isIsoDate(doneOn)) return [problem('INVALID_DATE', 'Datumet är inget giltigt datum: ange ÅÅÅÅ-MM-DD.', { field: 'doneOn', params: { value: doneOn } })];
  if (doneOn > today) {
    return [
      problem('ACCESS_TASK_DONE_IN_FUTURE', `En uppgift bockas av när den är gjord, senast i dag (${today}).`, { rule, field: 'doneOn', params: { today } }),
    ];
  }
  return [];
}
