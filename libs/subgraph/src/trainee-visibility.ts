import { forbidden, inScope, resolveTraineeScope, type TraineeScope } from '@bt/auth';
import type { SubgraphContext } from './subgraph-context';

/** A subgraph context that knows which trainees its caller may see. */
export interface TraineeScopedContext extends SubgraphContext {
  traineeScope(): Promise<TraineeScope>;
}

/** The caller's trainee scope, worked out on first use and then kept for the rest of the request. */
export function requestTraineeScope(base: SubgraphContext, supervisedTraineeIds: () => Promise<string[]>): () => Promise<TraineeScope> {
  let scope: Promise<TraineeScope> | undefined;
  return () => (scope ??= resolveTraineeScope(base.viewer, supervisedTraineeIds));
}

/** Row-level check for anything that belongs to a trainee: refused with FORBIDDEN (TRAINEE_NOT_IN_SCOPE) outside the caller's scope. */
export async function assertTraineeVisible(context: TraineeScopedContext, traineeId: string, message: string): Promise<void> {
  if (!inScope(await context.traineeScope(), traineeId)) throw forbidden(message, 'TRAINEE_NOT_IN_SCOPE');
}
