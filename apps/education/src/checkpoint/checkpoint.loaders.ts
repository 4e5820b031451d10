import { loadManyBy, loadOneBy, perRequest } from '@bt/subgraph';
import { CheckpointChecklistItem } from './checklist-item.entity';
import { CheckpointCompletion, CheckpointCompletionItem } from './checkpoint-completion.entity';
import { SupervisorHandover } from './supervisor-handover.entity';
import type { EducationContext } from '../education.context';

/** Checkpoint records, their ticked items, the checklists and the handovers: one statement per kind and request. */
export const checkpointLoaders = perRequest(({ dataSource }: EducationContext) => ({
  completion: loadOneBy(dataSource, CheckpointCompletion, 'id'),
  completionsByTrainee: loadManyBy(dataSource, CheckpointCompletion, 'traineeId', { sequence: 'ASC' }),
  itemsByCompletion: loadManyBy(dataSource, CheckpointCompletionItem, 'completionId'),
  checklistByKind: loadManyBy(dataSource, CheckpointChecklistItem, 'kind', { position: 'ASC' }),
  handoversByTrainee: loadManyBy(dataSource, SupervisorHandover, 'traineeId', { heldOn: 'ASC' }),
}));
