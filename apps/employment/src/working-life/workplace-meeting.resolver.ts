import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@bt/auth';
import { Site } from '../site/site.entity';
import { Person } from '../person/person.entity';
import { Trainee } from '../trainee/trainee.entity';
import type { EmploymentContext } from '../employment.context';
import { WorkplaceMeeting } from './workplace-meeting.entity';
import { MeetingAttendance } from './meeting-attendance.entity';
import { WorkplaceMeetingInput, WorkplaceMeetingTerm } from './working-life.types';
import { attendanceInView, planWorkplaceMeeting, recordMeetingAttendance, workplaceMeetingTerms } from './workplace-meeting.service';
import { workingLifeLoaders } from './working-life.loaders';

@Resolver(() => WorkplaceMeetingTerm)
export class WorkplaceMeetingTermResolver {
  @Authorized(Permission.READ_WORKPLACE_MEETINGS)
  @Query(() => [WorkplaceMeetingTerm], {
    description:
      'EMP-5: arbetsplatsträffarna (APT, två per termin och huvudort, gemensamma med AT-läkarna) under en termin (t.ex. HT2026; VT januari–juni, HT juli–december), per huvudort med varning när färre än två är planerade. AT/BT-organisationen alla huvudorter (eller den som anges), BT-läkaren bara sin egen huvudort och sin egen närvaro.',
  })
  workplaceMeetingTerms(
    @Arg('term', () => String) term: string,
    @Arg('siteId', () => ID, { nullable: true }) siteId: string | undefined,
    @Ctx() ctx: EmploymentContext,
  ): Promise<WorkplaceMeetingTerm[]> {
    return workplaceMeetingTerms(ctx.dataSource, ctx, term, siteId);
  }

  @FieldResolver(() => Site)
  site(@Root() term: WorkplaceMeetingTerm, @Ctx() { loaders }: EmploymentContext): Promise<Site | undefined> {
    return loaders.site.load(term.siteId);
  }
}

@Resolver(() => WorkplaceMeeting)
export class WorkplaceMeetingResolver {
  @Authorized(Permission.PLAN_WORKPLACE_MEETINGS)
  @Mutation(() => WorkplaceMeeting, {
    description:
      'EMP-5: planera en arbetsplatsträff (huvudort, dag, tid, rubrik, dagordning). AT/BT-chefen och administrativt stöd alla huvudorter, biträdande AT/BT-chef den egna (ORG-1). Loggas i audit_event.',
  })
  planWorkplaceMeeting(@Arg('input', () => WorkplaceMeetingInput) input: WorkplaceMeetingInput, @Ctx() ctx: EmploymentContext): Promise<WorkplaceMeeting> {
    return planWorkplaceMeeting(ctx.dataSource, ctx, input);
  }

  @Authorized(Permission.PLAN_WORKPLACE_MEETINGS)
  @Mutation(() => MeetingAttendance, {
    description:
      'EMP-5: registrera om en BT-läkare på huvudorten var med på en träff som har hållits (frånvaro med skäl); en ny registrering ersätter den förra. Samma behörighet som att planera. Loggas i audit_event.',
  })
  recordMeetingAttendance(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('traineeId', () => ID) traineeId: string,
    @Arg('present', () => Boolean) present: boolean,
    @Arg('reason', () => String, { nullable: true }) reason: string | undefined,
    @Ctx() ctx: EmploymentContext,
  ): Promise<MeetingAttendance> {
    return recordMeetingAttendance(ctx.dataSource, ctx, meetingId, traineeId, present, reason);
  }

  @FieldResolver(() => Site)
  site(@Root() meeting: WorkplaceMeeting, @Ctx() { loaders }: EmploymentContext): Promise<Site | undefined> {
    return loaders.site.load(meeting.siteId);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Den som planerade träffen.' })
  async plannedBy(@Root() meeting: WorkplaceMeeting, @Ctx() { loaders }: EmploymentContext): Promise<Person | null> {
    return (await loaders.person.load(meeting.plannedById)) ?? null;
  }

  @FieldResolver(() => [MeetingAttendance], {
    description: 'EMP-5: registrerad närvaro per BT-läkare; en BT-läkare ser bara sin egen.',
  })
  async attendance(@Root() meeting: WorkplaceMeeting, @Ctx() ctx: EmploymentContext): Promise<MeetingAttendance[]> {
    return attendanceInView(ctx, await workingLifeLoaders(ctx).attendanceByMeeting.load(meeting.id));
  }
}

@Resolver(() => MeetingAttendance)
export class MeetingAttendanceResolver {
  @FieldResolver(() => Trainee)
  trainee(@Root() attendance: MeetingAttendance, @Ctx() { loaders }: EmploymentContext): Promise<Trainee | undefined> {
    return loaders.trainee.load(attendance.traineeId);
  }
}
