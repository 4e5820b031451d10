import type { EntityManager } from 'typeorm';
import { recordTraineeEducationChanges } from '@bt/education';
import type { TestGraph } from '@bt/test-graph';

/**
 * Changes education's placements or supervisors by hand, as its writers do, where a test needs rows the
 * mutations would refuse or cannot make in one step (plans are changed through createPlacement and the
 * other training plan mutations, apps/graph-e2e/src/training-plan.spec.ts):
 * `write` changes rows and names the trainees it changed, and in the same transaction the change feed
 * gets their new state (recordTraineeEducationChanges). With `catchUp` (the default) the read models
 * of employment and certification have applied it when this returns.
 */
export async function changeEducation(graph: TestGraph, write: (manager: EntityManager) => Promise<string[]>, { catchUp = true } = {}): Promise<void> {
  await graph.databases.education.dataSource.transaction(async (manager) => recordTraineeEducationChanges(manager, await write(manager)));
  if (catchUp) await graph.readModelsCurrent();
}
