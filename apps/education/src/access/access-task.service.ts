import { randomUUID } from 'node:crypto';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { assertPermissionReachesSite, Permission } from '@bt/auth';
import { accessTaskCompletionProblems, accessWithinDaysProblems, addDays, missingReferences, plannedAccessTasks } from '@bt/domain';
import { badUserInput, fetchPage, pageRequest, SortOrder, type Actor, type Page, type Sorting } from '@bt/subgraph';
import { AccessTask } from './access-task.entity';
import type { AccessTasksDueArgs } from './access-task.args';
import { Placement } from '../placement/placement.entity';

/**
 * ACC-1–ACC-3: brings the trainee's stored access tasks in line with the plan's placements, in the
 * plan change's own transaction: new units and placements get tasks, moved ones their new due day;
 * a task the plan no longer gives keeps its tick as no longer needed, or goes when it was never ticked.
 * `siteId`: the trainee's main site, by which the lists find the tasks.
 */
export async function syncAccessTasks(manager: EntityManager, traineeId: string, siteId: string): Promise<void> {
  const [placements, stored] = await Promise.all([manager.findBy(Placement, { traineeId }), manager.findBy(AccessTask, { traineeId })]);
  const planned = plannedAccessTasks(placements);
  const storedByKey = new Map(stored.map((task) => [task.taskKey, task]));
  const plannedKeys = new Set(planned.map((task) => task.key));
  const inserts: AccessTask[] = [];
  for (const task of planned) {
    const current = storedByKey.get(task.key);
    const wanted = { siteId, kind: task.kind, unitId: task.unitId, placementId: task.placementId, dueDate: task.dueDate, needed: true };
    if (!current)
      inserts.push(Object.assign(new AccessTask(), { id: randomUUID(), traineeId, taskKey: task.key, ...wanted, doneOn: null, doneById: null, doneAt: null }));
    else if (Object.entries(wanted).some(([column, value]) => current[column as keyof AccessTask] !== value))
      await manager.update(AccessTask, { id: current.id }, wanted);
  }
  if (inserts.length > 0) await manager.insert(AccessTask, inserts);
  const dropped = stored.filter((task) => !plannedKeys.has(task.taskKey));
  const untickedIds = dropped.filter((task) => !task.doneOn).map((task) => task.id);
  const tickedIds = dropped.filter((task) => task.doneOn && task.needed).map((task) => task.id);
  if (untickedIds.length > 0) await manager.delete(AccessTask, { id: In(untickedIds) });
  if (tickedIds.length > 0) await manager.update(AccessTask, { id: In(tickedIds) }, { needed: false });
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
