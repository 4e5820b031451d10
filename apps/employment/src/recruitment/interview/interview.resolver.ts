import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@bt/auth';
import { InterviewSlot } from './interview-slot.entity';
import { generateInterviewSlots, interviewSlots, scheduleInterview, sylfInvitees } from './interview.service';
import { Application } from '../application/application.entity';
import { recruitmentLoaders } from '../recruitment.loaders';
import type { EmploymentContext } from '../../employment.context';

@Resolver(() => InterviewSlot)
export class InterviewResolver {
  @Authorized(Permission.READ_RECRUITMENT)
  @Query(() => [InterviewSlot], { description: 'REC-6: omgångens intervjutider i tidsordning, med bokad ansökan.' })
  interviewSlots(@Arg('roundId', () => ID) roundId: string, @Ctx() ctx: EmploymentContext): Promise<InterviewSlot[]> {
    return interviewSlots(ctx.dataSource, ctx, roundId);
  }

  @Authorized(Permission.HANDLE_APPLICATIONS)
  @Query(() => String, {
    description:
      'REC-10: listan till SYLF över vilka som kallats till intervju: semikolonseparerad CSV i UTF-8 med rubrikrad (Namn;Intervjudag;Tid), svensk tid.',
  })
  sylfInviteesCsv(@Arg('roundId', () => ID) roundId: string, @Ctx() ctx: EmploymentContext): Promise<string> {
    return sylfInvitees(ctx.dataSource, ctx, roundId);
  }

  @Authorized(Permission.HANDLE_APPLICATIONS)
  @Mutation(() => [InterviewSlot], {
    description:
      'REC-6: lägger intervjutider över omgångens intervjudagar (svensk tid). Obokade tider ersätts; bokade behålls, och nya tider som krockar med dem hoppas över.',
  })
  generateInterviewSlots(
    @Arg('roundId', () => ID) roundId: string,
    @Arg('slotMinutes', () => Int, { defaultValue: 45 }) slotMinutes: number,
    @Arg('dayStart', () => String, { defaultValue: '08:30' }) dayStart: string,
    @Arg('dayEnd', () => String, { defaultValue: '16:30' }) dayEnd: string,
    @Ctx() ctx: EmploymentContext,
  ): Promise<InterviewSlot[]> {
    return generateInterviewSlots(ctx.dataSource, ctx, roundId, { slotMinutes, dayStart, dayEnd });
  }

  @Authorized(Permission.HANDLE_APPLICATIONS)
  @Mutation(() => Application, {
    description:
      'REC-6: kallar en behörig sökande till intervju på en ledig tid i omgången (ansökan blir INVITED); en redan kallad flyttas till den nya tiden.',
  })
  scheduleInterview(
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('slotId', () => ID) slotId: string,
    @Ctx() ctx: EmploymentContext,
  ): Promise<Application> {
    return scheduleInterview(ctx.dataSource, ctx, applicationId, slotId);
  }

  @FieldResolver(() => Application, { nullable: true, description: 'Den bokade ansökan, om någon.' })
  application(@Root() slot: InterviewSlot, @Ctx() ctx: EmploymentContext): Promise<Application | undefined> | null {
    return slot.applicationId ? recruitmentLoaders(ctx).application.load(slot.applicationId) : null;
  }
}
