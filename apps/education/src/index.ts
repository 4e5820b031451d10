export { educationDatabase } from './education.database';
export { buildEducationSchema } from './education.schema';
export { startEducationServer, EDUCATION_PORT } from './education.server';
export { Goal } from './goal/goal.entity';
export { GoalFramework } from './goal-framework/goal-framework.entity';
export { Placement } from './placement/placement.entity';
export { MainSupervision } from './supervision/main-supervision.entity';
export { GoalProgress } from './goal-progress/goal-progress.entity';
