/** ACC-1–ACC-3: what a main site's BT doctors need arranged within so many days (and what is overdue), by due date, a page at a time. */
export const ACCESS_TASKS_DUE = `query ($siteId: ID!, $withinDays: Int!, $page: Int!, $perPage: Int!) {
  accessTasksDue(siteId: $siteId, withinDays: $withinDays, page: $page, perPage: $perPage) {
    total items { id kind dueDate unit { id name } trainee { id name } placement { id startDate } }
  }
}`;

/** ACC-1–ACC-3: ticks a task done on a day (once, at the latest today, while the plan needs it). */
export const COMPLETE_ACCESS_TASK = `mutation ($id: ID!, $doneOn: Date!) { completeAccessTask(id: $id, doneOn: $doneOn) { id doneOn } }`;

export type AccessTaskKind = 'RECORD_ACCESS' | 'DOOR_ACCESS' | 'ADMINISTRATIVE_MOVE';

export interface DueAccessTask {
  id: string;
  kind: AccessTaskKind;
  dueDate: string;
  unit: { id: string; name: string };
  trainee: { id: string; name: string };
  placement: { id: string; startDate: string } | null;
}

export interface AccessTasksDue {
  accessTasksDue: { total: number; items: DueAccessTask[] };
}
