import { loadManyBy, perRequest } from '@bt/subgraph';
import { EducationActivityGoal } from './education-activity-goal.entity';
import { ActivityAttendance } from './activity-attendance.entity';
import type { EducationContext } from '../education.context';

/** Activities' goals and attendance by activity: one statement per kind and request. */
export const educationActivityLoaders = perRequest(({ dataSource }: EducationContext) => ({
  goalsByActivity: loadManyBy(dataSource, EducationActivityGoal, 'activityId'),
  attendanceByActivity: loadManyBy(dataSource, ActivityAttendance, 'activityId', { traineeId: 'ASC' }),
}));
