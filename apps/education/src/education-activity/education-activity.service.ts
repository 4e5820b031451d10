import { randomUUID } from 'node:crypto';
import { Brackets, In, type DataSource, type EntityManager } from 'typeorm';
import { assertPermissionReachesSite, Permission } from '@bt/auth';
import {
  activityFindings,
  activityProblems,
  activityRangeProblems,
  MAX_ATTENDANCE_ENTRIES,
  missingReferences,
  problem,
  weeksWithoutTeaching,
  type ActivityDraft,
  type IsoDate,
  type Problem,
} from '@bt/domain';
import { badUserInput, updateVersioned } from '@bt/subgraph';
import { EducationActivity } from './education-activity.entity';
import { EducationActivityGoal } from './education-activity-goal.entity';
import { ActivityAttendance } from './activity-attendance.entity';
import type { AttendanceInput, EducationActivityAudienceInput, EducationActivityInput } from './education-activity.input';
import { frameworkGoals } from '../goal/goal.service';
import type { EducationContext } from '../education.context';
import { readTrainee, readTrainees } from '../employment-read-model/read-trainees';

/** A saved activity and what it does unlike the programme. */
export interface SavedActivity {
  activity: EducationActivity;
  warnings: Problem[];
}

/** Who the activity is for, checked: the site it belongs to, and its cohort or trainee. */
interface Audience {
  siteId: string;
  cohortId: string | null;
  traineeId: string | null;
  /** EDU-6: the trainee's first day of BT, for an activity of one trainee. */
  btStart?: IsoDate;
}

const audienceProblem = () =>
  problem('ACTIVITY_AUDIENCE_INVALID', 'Ange antingen en huvudort (och eventuellt en kull på den) eller en enskild BT-läkare.', { field: 'audience' });

/** The audience as given, checked against employment (through the gateway): the site, cohort and trainee exist, the cohort is the site's. */
async function checkedAudience(ctx: EducationContext, { siteId, cohortId, traineeId }: EducationActivityAudienceInput): Promise<Audience> {
  if (traineeId) {
    if (siteId || cohortId) throw badUserInput([audienceProblem()]);
    const trainee = await readTrainee(ctx, traineeId);
    if (!trainee) throw badUserInput(missingReferences([['BT-läkaren', 'audience.traineeId', traineeId, trainee]]));
    return { siteId: trainee.siteId, cohortId: null, traineeId, btStart: trainee.btStart };
  }
  if (!siteId) throw badUserInput([audienceProblem()]);
  const [siteFound, cohort] = await Promise.all([ctx.gateway.siteExists(siteId), cohortId ? ctx.gateway.cohortSite(cohortId) : null]);
  const missing = missingReferences([
    ['Huvudorten', 'audience.siteId', siteId, siteFound],
    ['Kullen', 'audience.cohortId', cohortId, cohort],
  ]);
  if (missing.length > 0) throw badUserInput(missing);
  if (cohort && cohort.siteId !== siteId) {
    throw badUserInput([
      problem('ACTIVITY_COHORT_OF_OTHER_SITE', 'Kullen hör till den andra huvudorten; välj en kull på samma huvudort.', { field: 'audience.cohortId' }),
    ]);
  }
  return { siteId, cohortId: cohortId ?? null, traineeId: null };
}

/** The goals of the framework in force by code, and the activity's problems against them. */
async function checkedGoals(dataSource: DataSource, draft: ActivityDraft): Promise<string[]> {
  const goals = await frameworkGoals(dataSource, undefined);
  const problems = activityProblems(draft, new Set(goals.map((goal) => goal.code)));
  if (problems.length > 0) throw badUserInput(problems);
  const wanted = new Set(draft.goalCodes);
  return goals.filter((goal) => wanted.has(goal.code)).map((goal) => goal.id);
}

function draftOf(input: EducationActivityInput): ActivityDraft {
  return { ...input, title: input.title.trim(), location: input.location?.trim() || null, description: input.description?.trim() || null };
}

async function replaceGoals(manager: EntityManager, activityId: string, goalIds: string[]): Promise<void> {
  await manager.delete(EducationActivityGoal, { activityId });
  if (goalIds.length > 0)
    await manager.insert(
      EducationActivityGoal,
      goalIds.map((goalId) => ({ activityId, goalId })),
    );
}

async function requireActivity(dataSource: DataSource, id: string): Promise<EducationActivity> {
  const activity = await dataSource.getRepository(EducationActivity).findOneBy({ id });
  if (!activity) throw badUserInput(missingReferences([['Aktiviteten', 'id', id, activity]]));
  return activity;
}

/** EDU-4, EDU-6: plans an activity; ORG-1: the planner's PLAN_TRAINING must reach its site. */
export async function planEducationActivity(
  ctx: EducationContext,
  audienceInput: EducationActivityAudienceInput,
  input: EducationActivityInput,
): Promise<SavedActivity> {
  const draft = draftOf(input);
  const audience = await checkedAudience(ctx, audienceInput);
  assertPermissionReachesSite(ctx.viewer, Permission.PLAN_TRAINING, audience.siteId);
  const goalIds = await checkedGoals(ctx.dataSource, draft);
  const { goalCodes: _goalCodes, ...fields } = draft;
  const activity = await ctx.dataSource.transaction(async (manager) => {
    const saved = await manager.save(
      manager.create(EducationActivity, {
        id: randomUUID(),
        ...fields,
        siteId: audience.siteId,
        cohortId: audience.cohortId,
        traineeId: audience.traineeId,
        createdById: ctx.viewer.id,
      }),
    );
    await replaceGoals(manager, saved.id, goalIds);
    return saved;
  });
  return { activity, warnings: activityFindings(draft, audience.btStart) };
}

/** Changes an activity's content (not who it is for) under its version. */
export async function updateEducationActivity(ctx: EducationContext, id: string, version: number, input: EducationActivityInput): Promise<SavedActivity> {
  const existing = await requireActivity(ctx.dataSource, id);
  assertPermissionReachesSite(ctx.viewer, Permission.PLAN_TRAINING, existing.siteId);
  const draft = draftOf(input);
  const goalIds = await checkedGoals(ctx.dataSource, draft);
  const btStart = existing.traineeId ? (await readTrainee(ctx, existing.traineeId))?.btStart : undefined;
  const { goalCodes: _goalCodes, ...fields } = draft;
  await ctx.dataSource.transaction(async (manager) => {
    await updateVersioned(manager, EducationActivity, { id, version, what: 'aktiviteten' }, fields);
    await replaceGoals(manager, id, goalIds);
  });
  return { activity: await requireActivity(ctx.dataSource, id), warnings: activityFindings(draft, btStart) };
}

/** Deletes a planned activity; refused once attendance is recorded (the record stays). */
export async function deleteEducationActivity(ctx: EducationContext, id: string, version: number): Promise<string> {
  const existing = await requireActivity(ctx.dataSource, id);
  assertPermissionReachesSite(ctx.viewer, Permission.PLAN_TRAINING, existing.siteId);
  await ctx.dataSource.transaction(async (manager) => {
    if ((await manager.countBy(ActivityAttendance, { activityId: id })) > 0) {
      throw badUserInput([
        problem('ACTIVITY_HAS_ATTENDANCE', 'Närvaro är redan registrerad för aktiviteten, så den kan inte tas bort. Ändra den i stället.', { field: 'id' }),
      ]);
    }
    const deleted = await manager.delete(EducationActivity, { id, version });
    if (deleted.affected !== 1) await updateVersioned(manager, EducationActivity, { id, version, what: 'aktiviteten' }, {});
    await manager.delete(EducationActivityGoal, { activityId: id });
  });
  return id;
}

/**
 * EDU-6: records who attended. Each trainee must be one the activity is for: the trainee of an
 * individual activity, or a trainee of the activity's site (and cohort, when it has one).
 */
export async function recordAttendance(ctx: EducationContext, activityId: string, entries: AttendanceInput[]): Promise<EducationActivity> {
  const activity = await requireActivity(ctx.dataSource, activityId);
  assertPermissionReachesSite(ctx.viewer, Permission.PLAN_TRAINING, activity.siteId);
  if (entries.length === 0 || entries.length > MAX_ATTENDANCE_ENTRIES) {
    throw badUserInput([
      problem('ATTENDANCE_ENTRIES_OUT_OF_RANGE', `Registrera närvaro för 1–${MAX_ATTENDANCE_ENTRIES} BT-läkare åt gången.`, {
        field: 'entries',
        params: { max: MAX_ATTENDANCE_ENTRIES },
      }),
    ]);
  }
  const traineeIds = [...new Set(entries.map((entry) => entry.traineeId))];
  const trainees = await readTrainees(ctx, traineeIds);
  const problems = traineeIds.flatMap((traineeId) => {
    const trainee = trainees.get(traineeId);
    if (!trainee) return missingReferences([['BT-läkaren', 'entries.traineeId', traineeId, trainee]]);
    const belongs = activity.traineeId
      ? activity.traineeId === traineeId
      : trainee.siteId === activity.siteId && (!activity.cohortId || trainee.cohortId === activity.cohortId);
    return belongs
      ? []
      : [
          problem('ATTENDANCE_TRAINEE_NOT_INVITED', 'BT-läkaren hör inte till dem aktiviteten är för.', {
            field: 'entries.traineeId',
            params: { id: traineeId },
          }),
        ];
  });
  if (problems.length > 0) throw badUserInput(problems);
  const recordedAt = new Date();
  await ctx.dataSource.transaction(async (manager) => {
    await manager.delete(ActivityAttendance, { activityId, traineeId: In(traineeIds) });
    const latest = new Map(entries.map((entry) => [entry.traineeId, entry.status]));
    await manager.insert(
      ActivityAttendance,
      [...latest].map(([traineeId, status]) => ({ activityId, traineeId, status, recordedById: ctx.viewer.id, recordedAt })),
    );
  });
  return activity;
}

/**
 * EDU-4, EDU-6: a site's activities for all its trainees or a cohort's, from `from` to `to`, in time
 * order; with cohortId those of the whole site and of the cohort. Individual activities show on the
 * trainee's plan, not here.
 */
export async function educationActivities(
  dataSource: DataSource,
  { siteId, cohortId, from, to }: { siteId: string; cohortId?: string | null; from: IsoDate; to: IsoDate },
): Promise<EducationActivity[]> {
  const problems = activityRangeProblems(from, to);
  if (problems.length > 0) throw badUserInput(problems);
  return dataSource
    .getRepository(EducationActivity)
    .createQueryBuilder('activity')
    .where('activity.siteId = :siteId AND activity.traineeId IS NULL AND activity.date BETWEEN :from AND :to', { siteId, from, to })
    .andWhere(
      new Brackets((query) => {
        query.where('activity.cohortId IS NULL');
        if (cohortId) query.orWhere('activity.cohortId = :cohortId', { cohortId });
      }),
    )
    .orderBy('activity.date', 'ASC')
    .addOrderBy('activity.startTime', 'ASC')
    .addOrderBy('activity.id', 'ASC')
    .getMany();
}

/** EDU-4: the weeks (Mondays) of the range without AT/BT teaching for all of the site's trainees. */
export async function weeksWithoutAtBtTeaching(dataSource: DataSource, range: { siteId: string; from: IsoDate; to: IsoDate }): Promise<IsoDate[]> {
  return weeksWithoutTeaching(await educationActivities(dataSource, range), range.from, range.to);
}
