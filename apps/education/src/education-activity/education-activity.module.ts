import './education-activity.enums';
import type { SubgraphModule } from '@bt/subgraph';
import { EducationActivity } from './education-activity.entity';
import { EducationActivityGoal } from './education-activity-goal.entity';
import { ActivityAttendance } from './activity-attendance.entity';
import { ActivityAttendanceResolver, EducationActivityResolver } from './education-activity.resolver';
import { EducationActivityMutationResolver } from './education-activity-mutation.resolver';
import { TrainingPlanActivitiesResolver } from './training-plan-activities.resolver';
import { resolveEducationActivityReference } from './education-activity.reference';
import { EducationActivities1768530000000 } from './migrations/1768530000000-education-activities';

/** Education activities (EDU-4, EDU-5, EDU-6): planned per site, cohort or trainee, linked to goals, attendance recorded. */
export const educationActivityModule: SubgraphModule = {
  resolvers: [EducationActivityResolver, ActivityAttendanceResolver, EducationActivityMutationResolver, TrainingPlanActivitiesResolver],
  entities: [EducationActivity, EducationActivityGoal, ActivityAttendance],
  migrations: [EducationActivities1768530000000],
  references: { EducationActivity: { __resolveReference: resolveEducationActivityReference } },
};
