import './access-task.enums';
import { traineeRowReference, type SubgraphModule } from '@bt/subgraph';
import { AccessTask } from './access-task.entity';
import { AccessTaskResolver, TrainingPlanAccessResolver } from './access-task.resolver';
import { AccessTasks1768510000001 } from './migrations/1768510000001-access-tasks';

/**
 * Access before and during BT (ACC-1–ACC-3): the tasks the plan gives (record-system and door access
 * per unit, the administrative move before each placement), kept current with the plan, ticked by
 * admin support and HR (MANAGE_ACCESS), listed per main site by due day.
 */
export const accessModule: SubgraphModule = {
  resolvers: [AccessTaskResolver, TrainingPlanAccessResolver],
  entities: [AccessTask],
  migrations: [AccessTasks1768510000001],
  references: { AccessTask: { __resolveReference: traineeRowReference(AccessTask, 'Du får inte se den här BT-läkarens uppgifter.') } },
};
