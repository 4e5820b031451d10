import './checkpoint.enums';
import type { SubgraphModule } from '@bt/subgraph';
import { CheckpointChecklistItem } from './checklist-item.entity';
import { CheckpointCompletion, CheckpointCompletionItem } from './checkpoint-completion.entity';
import { CheckpointLog } from './checkpoint-log.entity';
import { SupervisorHandover } from './supervisor-handover.entity';
import {
  CheckpointCompletionResolver,
  CheckpointResolver,
  SupervisorHandoverResolver,
  TraineeCheckpointResolver,
  TrainingPlanCheckpointResolver,
} from './checkpoint.resolver';
import { CheckpointMutationResolver } from './checkpoint-mutation.resolver';
import { resolveCheckpointCompletionReference, resolveSupervisorHandoverReference } from './checkpoint.reference';
import { Checkpoints1768510000000 } from './migrations/1768510000000-checkpoints';

/**
 * The main supervisor's checkpoints (EDU-8, seed 004): A, B per placement and C derived from the plan,
 * recorded with the region's checklists (never changed; corrections are new records, refused change
 * attempts audited), and the handovers between placements.
 */
export const checkpointModule: SubgraphModule = {
  resolvers: [
    TrainingPlanCheckpointResolver,
    TraineeCheckpointResolver,
    CheckpointResolver,
    CheckpointCompletionResolver,
    SupervisorHandoverResolver,
    CheckpointMutationResolver,
  ],
  entities: [CheckpointChecklistItem, CheckpointCompletion, CheckpointCompletionItem, SupervisorHandover, CheckpointLog],
  migrations: [Checkpoints1768510000000],
  references: {
    CheckpointCompletion: { __resolveReference: resolveCheckpointCompletionReference },
    SupervisorHandover: { __resolveReference: resolveSupervisorHandoverReference },
  },
};
