import DataLoader from 'dataloader';
import { Brackets, In, type DataSource } from 'typeorm';
import { loadManyBy, perRequest } from '@bt/subgraph';
import { EducationActivity } from './education-activity.entity';
import { EducationActivityGoal } from './education-activity-goal.entity';
import { ActivityAttendance } from './activity-attendance.entity';
import { ReadTrainee } from '../employment-read-model/read-trainee.entity';
import type { EducationContext } from '../education.context';

/**
 * EDU-4, EDU-5, EDU-6: per trainee, every activity planned for them, in time order: their own, their
 * main site's for all its trainees or for their cohort within their BT period, and any other their
 * attendance is recorded for. Three statements for all the trainees asked for in one tick (their
 * employment from the read model and their attendance, then the activities). A trainee not yet in the
 * read model gets their own and attended ones.
 */
function plannedActivitiesByTrainee(dataSource: DataSource): DataLoader<string, EducationActivity[]> {
  return new DataLoader<string, EducationActivity[]>(async (keys) => {
    const traineeIds = [...keys];
    const [trainees, attendance] = await Promise.all([
      dataSource.getRepository(ReadTrainee).findBy({ traineeId: In(traineeIds) }),
      dataSource.getRepository(ActivityAttendance).find({ select: { activityId: true, traineeId: true }, where: { traineeId: In(traineeIds) } }),
    ]);
    // per main site, the span of its trainees' BT periods: one branch of the statement each
    const sites = new Map<string, { from: string; to: string }>();
    for (const { siteId, btStart, btEnd } of trainees) {
      const span = sites.get(siteId);
      sites.set(siteId, { from: span && span.from < btStart ? span.from : btStart, to: span && span.to > btEnd ? span.to : btEnd });
    }
    const attendedIds = [...new Set(attendance.map((row) => row.activityId))];
    const query = dataSource
      .getRepository(EducationActivity)
      .createQueryBuilder('activity')
      .where(
        new Brackets((branches) => {
          branches.where('activity.traineeId IN (:...traineeIds)', { traineeIds });
          if (attendedIds.length > 0) branches.orWhere('activity.id IN (:...attendedIds)', { attendedIds });
          [...sites].forEach(([siteId, { from, to }], index) =>
            branches.orWhere(`activity.traineeId IS NULL AND activity.siteId = :site${index} AND activity.date BETWEEN :from${index} AND :to${index}`, {
              [`site${index}`]: siteId,
              [`from${index}`]: from,
              [`to${index}`]: to,
            }),
          );
        }),
      )
      .orderBy('activity.date', 'ASC')
      .addOrderBy('activity.startTime', 'ASC')
      .addOrderBy('activity.id', 'ASC');
    const activities = await query.getMany();
    const traineeOf = new Map(trainees.map((trainee) => [trainee.traineeId, trainee]));
    const attended = new Set(attendance.map((row) => `${row.traineeId}:${row.activityId}`));
    return traineeIds.map((traineeId) => {
      const trainee = traineeOf.get(traineeId);
      return activities.filter(
        (activity) =>
          activity.traineeId === traineeId ||
          attended.has(`${traineeId}:${activity.id}`) ||
          (trainee !== undefined &&
            activity.traineeId === null &&
            activity.siteId === trainee.siteId &&
            (activity.cohortId === null || activity.cohortId === trainee.cohortId) &&
            activity.date >= trainee.btStart &&
            activity.date <= trainee.btEnd),
      );
    });
  });
}

/** Activities' goals and attendance by activity, and the activities planned for each trainee: a constant number of statements per kind and request. */
export const educationActivityLoaders = perRequest(({ dataSource }: EducationContext) => ({
  goalsByActivity: loadManyBy(dataSource, EducationActivityGoal, 'activityId'),
  attendanceByActivity: loadManyBy(dataSource, ActivityAttendance, 'activityId', { traineeId: 'ASC' }),
  plannedActivitiesByTrainee: plannedActivitiesByTrainee(dataSource),
}));
