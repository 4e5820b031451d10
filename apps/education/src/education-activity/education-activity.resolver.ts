import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@bt/auth';
import { DateScalar, PersonReference, personReference } from '@bt/subgraph';
import { EducationActivity } from './education-activity.entity';
import { ActivityAttendance } from './activity-attendance.entity';
import { educationActivityLoaders } from './education-activity.loaders';
import { educationActivities, weeksWithoutAtBtTeaching } from './education-activity.service';
import { Goal } from '../goal/goal.entity';
import { goalLoaders } from '../goal/goal.loaders';
import { Trainee } from '../trainee/trainee.type';
import type { EducationContext } from '../education.context';

@Resolver(() => EducationActivity)
export class EducationActivityResolver {
  @Authorized(Permission.READ_PROGRAMME)
  @Query(() => [EducationActivity], {
    description:
      'EDU-4, EDU-6: huvudortens utbildningsaktiviteter för alla dess BT-läkare (med cohortId också kullens egna) från from till to (högst 400 dagar), i tidsordning. En enskild BT-läkares aktiviteter finns i hennes utbildningsplan.',
  })
  educationActivities(
    @Arg('siteId', () => ID) siteId: string,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Arg('cohortId', () => ID, { nullable: true }) cohortId: string | undefined,
    @Ctx() { dataSource }: EducationContext,
  ): Promise<EducationActivity[]> {
    return educationActivities(dataSource, { siteId, cohortId, from, to });
  }

  @Authorized(Permission.READ_PROGRAMME)
  @Query(() => [DateScalar], {
    description:
      'EDU-4: måndagarna i de veckor från from till to (högst 400 dagar) då huvudorten inte har någon AT/BT-undervisning planerad för alla sina BT-läkare.',
  })
  weeksWithoutAtBtTeaching(
    @Arg('siteId', () => ID) siteId: string,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Ctx() { dataSource }: EducationContext,
  ): Promise<string[]> {
    return weeksWithoutAtBtTeaching(dataSource, { siteId, from, to });
  }

  @FieldResolver(() => Trainee, { nullable: true, description: 'Den enskilda BT-läkaren aktiviteten är för; tom för huvudortens eller kullens aktiviteter.' })
  trainee(@Root() activity: EducationActivity): Trainee | null {
    return activity.traineeId ? Object.assign(new Trainee(), { id: activity.traineeId }) : null;
  }

  @FieldResolver(() => [Goal], { description: 'EDU-5: delmålen aktiviteten tjänar, i målbeskrivningens ordning.' })
  async goals(@Root() activity: EducationActivity, @Ctx() ctx: EducationContext): Promise<Goal[]> {
    const links = await educationActivityLoaders(ctx).goalsByActivity.load(activity.id);
    const goals = await goalLoaders(ctx).goal.loadMany(links.map((link) => link.goalId));
    return goals.filter((goal): goal is Goal => goal instanceof Goal).sort((a, b) => a.sortOrder - b.sortOrder);
  }

  @Authorized(Permission.PLAN_TRAINING)
  @FieldResolver(() => [ActivityAttendance], {
    description: 'EDU-6: registrerad närvaro; för den som planerar utbildningen. BT-läkarens egen närvaro: trainee.activities.',
  })
  attendance(@Root() activity: EducationActivity, @Ctx() ctx: EducationContext): Promise<ActivityAttendance[]> {
    return educationActivityLoaders(ctx).attendanceByActivity.load(activity.id);
  }
}

@Resolver(() => ActivityAttendance)
export class ActivityAttendanceResolver {
  @FieldResolver(() => Trainee)
  trainee(@Root() attendance: ActivityAttendance): Trainee {
    return Object.assign(new Trainee(), { id: attendance.traineeId });
  }

  @FieldResolver(() => PersonReference, { nullable: true, description: 'Den som registrerade närvaron.' })
  recordedBy(@Root() attendance: ActivityAttendance): PersonReference | null {
    return personReference(attendance.recordedById);
  }
}
