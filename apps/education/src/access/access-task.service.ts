import { randomUUID } from 'node:crypto';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { assertPermissionReachesSite, Permission } from '@bt/auth';
import { insertRows } from '@bt/database';
import { accessTaskCompletionProblems, accessTasksSincePlanMade, accessWithinDaysProblems, addDays, missingReferences, plannedAccessTasks } from '@bt/domain';
import { badUserInput, fetchPage, pageRequest, SortOrder, type Actor, type Page, type Sorting } from '@bt/subgraph';
import { AccessTask } from './access-task.entity';
import type { AccessTasksDueArgs } from './access-task.args';
import { Placement } from '../placement/placement.entity';
import { TrainingPlan } from '../training-plan/training-plan.entity';

/** Trainees per read of their placements, tasks and plans: well under SQLite's 32 766 variables. */
const CHUNK = 200;

/** A trainee whose access tasks follow the plan, with the main site by which the lists find them. */
export interface AccessTaskTrainee {
  traineeId: string;
  siteId: string;
}

/**
 * ACC-1–ACC-3: brings the trainees' stored access tasks in line with their plans' placements, in the
 * plan change's own transaction: new units and placements get tasks, moved ones their new due day;
 * a task the plan no longer gives keeps its tick as no longer needed, or goes when it was never ticked;
 * none is due before the day the plan was made (accessTasksSincePlanMade). `siteId`: the trainee's main
 * site, by which the lists find the tasks. A constant number of statements per 200 trainees (three
 * reads, one delete, the inserts of the new and changed tasks, one update), whatever their tasks.
 */
export async function syncAccessTasks(manager: EntityManager, trainees: readonly AccessTaskTrainee[]): Promise<void> {
  for (let i = 0; i < trainees.length; i += CHUNK) await syncChunk(manager, trainees.slice(i, i + CHUNK));
}

function byTrainee<T extends { traineeId: string }>(rows: readonly T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    const group = grouped.get(row.traineeId);
    if (group) group.push(row);
    else grouped.set(row.traineeId, [row]);
  }
  return grouped;
}

async function syncChunk(manager: EntityManager, trainees: readonly AccessTaskTrainee[]): Promise<void> {
  const traineeIds = trainees.map((trainee) => trainee.traineeId);
  const [placements, stored, plans] = await Promise.all([
    manager.findBy(Placement, { traineeId: In(traineeIds) }),
    manager.findBy(AccessTask, { traineeId: In(traineeIds) }),
    manager.find(TrainingPlan, { select: { traineeId: true, draftedOn: true }, where: { traineeId: In(traineeIds) } }),
  ]);
  const placementsOf = byTrainee(placements);
  const storedOf = byTrainee(stored);
  const draftedOn = new Map(plans.map((plan) => [plan.traineeId, plan.draftedOn]));
  const inserts: AccessTask[] = [];
  // a changed task is written anew under its id with its tick: one DELETE and one INSERT for all of them, not an UPDATE each
  const deletes: string[] = [];
  const noLongerNeeded: string[] = [];
  for (const { traineeId, siteId } of trainees) {
    const planned = accessTasksSincePlanMade(plannedAccessTasks(placementsOf.get(traineeId) ?? []), draftedOn.get(traineeId) ?? null);
    const storedByKey = new Map((storedOf.get(traineeId) ?? []).map((task) => [task.taskKey, task]));
    const plannedKeys = new Set(planned.map((task) => task.key));
    for (const task of planned) {
      const current = storedByKey.get(task.key);
      const wanted = { siteId, kind: task.kind, unitId: task.unitId, placementId: task.placementId, dueDate: task.dueDate, needed: true };
      if (!current)
        inserts.push(
          Object.assign(new AccessTask(), { id: randomUUID(), traineeId, taskKey: task.key, ...wanted, doneOn: null, doneById: null, doneAt: null }),
        );
      else if (Object.entries(wanted).some(([column, value]) => current[column as keyof AccessTask] !== value)) {
        deletes.push(current.id);
        inserts.push(Object.assign(new AccessTask(), current, wanted));
      }
    }
    for (const task of storedOf.get(traineeId) ?? []) {
      if (plannedKeys.has(task.taskKey)) continue;
      if (!task.doneOn) deletes.push(task.id);
      else if (task.needed) noLongerNeeded.push(task.id);
    }
  }
  if (deletes.length > 0) await manager.delete(AccessTask, { id: In(deletes) });
  await insertRows(manager, AccessTask, inserts);
  if (noLongerNeeded.length > 0) await manager.update(AccessTask, { id: In(noLongerNeeded) }, { needed: false });
}

const ACCESS_TASK_SORTING: Sorting = {
  fields: { dueDate: [{ column: 'task.dueDate' }] },
  byDefault: [[{ column: 'task.dueDate' }, SortOrder.ASC]],
  unique: 'task.id',
};

/**
 * ACC-1–ACC-3: the open tasks of a main site's trainees due within `withinDays` from today (overdue
 * ones included), by due day, one page: two statements whatever the number of trainees.
 */
export function accessTasksDue(dataSource: DataSource, actor: Actor, args: AccessTasksDueArgs): Promise<Page<AccessTask>> {
  const request = pageRequest(args, ACCESS_TASK_SORTING, accessWithinDaysProblems(args.withinDays));
  assertPermissionReachesSite(actor.viewer, Permission.MANAGE_ACCESS, args.siteId);
  const query = dataSource
    .getRepository(AccessTask)
    .createQueryBuilder('task')
    .where('task.siteId = :siteId AND task.dueDate <= :horizon AND task.needed = :needed AND task.doneOn IS NULL', {
      siteId: args.siteId,
      horizon: addDays(actor.today, args.withinDays),
      needed: true,
    });
  return fetchPage(query, request);
}

/** ACC-1–ACC-3: admin support ticks a task as done on `doneOn`: once, while the plan needs it, no later than today. */
export async function completeAccessTask(dataSource: DataSource, actor: Actor, id: string, doneOn: string): Promise<AccessTask> {
  const task = await dataSource.getRepository(AccessTask).findOneBy({ id });
  if (!task) throw badUserInput(missingReferences([['Uppgiften', 'id', id, task]]));
  assertPermissionReachesSite(actor.viewer, Permission.MANAGE_ACCESS, task.siteId);
  const problems = accessTaskCompletionProblems({ kind: task.kind, needed: task.needed, completedOn: task.doneOn }, doneOn, actor.today);
  if (problems.length > 0) throw badUserInput(problems);
  const tick = { doneOn, doneById: actor.viewer.id, doneAt: new Date() };
  // only an open task: of two ticks at the same time, one wins and the other is refused as already done
  const result = await dataSource.getRepository(AccessTask).update({ id, doneOn: IsNull(), needed: true }, tick);
  if (result.affected !== 1) return completeAccessTask(dataSource, actor, id, doneOn);
  return Object.assign(task, tick);
}
