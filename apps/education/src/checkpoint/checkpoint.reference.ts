import { traineeRowReference } from '@bt/subgraph';
import { CheckpointCompletion } from './checkpoint-completion.entity';
import { SupervisorHandover } from './supervisor-handover.entity';

/** A checkpoint record or a handover by id, for other regional systems: within the caller's row scope. */
export const resolveCheckpointCompletionReference = traineeRowReference(CheckpointCompletion, 'Du får inte se den här kontrollpunkten.');
export const resolveSupervisorHandoverReference = traineeRowReference(SupervisorHandover, 'Du får inte se den här handledaravstämningen.');
