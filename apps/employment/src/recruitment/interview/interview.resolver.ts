import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@bt/auth';
import { DateScalar } from '@bt/subgraph';
import { InterviewSlot } from './interview-slot.entity';
import {
  applicantInterviewCalendar,
  generateInterviewSlots,
  interviewSlots,
  panelInterviewCalendar,
  previewInterviewSlots,
  recordInvitationsSent,
  removeInterviewSlots,
  scheduleInterview,
  sylfInvitees,
} from './interview.service';
import { InterviewSlotPlanArgs } from './interview-slot-plan.args';
import { PlannedSlot } from './planned-slot.type';
import { Person } from '../../person/person.entity';
import { InvitationsSent } from './invitations-sent.type';
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
  @Query(() => [PlannedSlot], {
    description:
      'REC-6: tiderna en plan skulle lägga ut (svensk tid, ingen i lunchen), att granska innan de sparas; nekas av samma skäl som generateInterviewSlots.',
  })
  previewInterviewSlots(@Args(() => InterviewSlotPlanArgs) plan: InterviewSlotPlanArgs, @Ctx() ctx: EmploymentContext): Promise<PlannedSlot[]> {
    return previewInterviewSlots(ctx.dataSource, ctx, plan);
  }

  @Authorized(Permission.HANDLE_APPLICATIONS)
  @Mutation(() => [InterviewSlot], {
    description:
      'REC-6, REC-9: lägger till intervjutider i en lokal med en intervjugrupp över valda intervjudagar (svensk tid), utan tider i lunchen; tider som krockar med lokalens befintliga tider eller ligger på en dag som varit nekas. Svarar med omgångens alla tider.',
  })
  generateInterviewSlots(@Args(() => InterviewSlotPlanArgs) plan: InterviewSlotPlanArgs, @Ctx() ctx: EmploymentContext): Promise<InterviewSlot[]> {
    return generateInterviewSlots(ctx.dataSource, ctx, plan);
  }

  @Authorized(Permission.HANDLE_APPLICATIONS)
  @Mutation(() => [InterviewSlot], {
    description: 'REC-6: tar bort lediga intervjutider i omgången; en bokad tid tas inte bort. Svarar med omgångens återstående tider.',
  })
  removeInterviewSlots(
    @Arg('roundId', () => ID) roundId: string,
    @Arg('slotIds', () => [ID]) slotIds: string[],
    @Ctx() ctx: EmploymentContext,
  ): Promise<InterviewSlot[]> {
    return removeInterviewSlots(ctx.dataSource, ctx, roundId, slotIds);
  }

  @Authorized(Permission.HANDLE_APPLICATIONS)
  @Query(() => String, {
    description: 'REC-6: den sökandes kallelse som kalenderfil (iCalendar, .ics): tid i UTC, lokal och intervjugrupp.',
  })
  applicantInterviewCalendar(@Arg('applicationId', () => ID) applicationId: string, @Ctx() ctx: EmploymentContext): Promise<string> {
    return applicantInterviewCalendar(ctx.dataSource, ctx, applicationId);
  }

  @Authorized(Permission.READ_RECRUITMENT)
  @Query(() => String, {
    description:
      'REC-6, REC-9: en ledamots bokade intervjuer i omgången som kalenderfil (iCalendar, .ics); den egna, eller för HR och AT/BT-chefen vems som helst.',
  })
  panelInterviewCalendar(
    @Arg('roundId', () => ID) roundId: string,
    @Arg('personId', () => ID) personId: string,
    @Ctx() ctx: EmploymentContext,
  ): Promise<string> {
    return panelInterviewCalendar(ctx.dataSource, ctx, roundId, personId);
  }

  @Authorized(Permission.HANDLE_APPLICATIONS)
  @Mutation(() => Application, {
    description:
      'REC-6: kallar en behörig sökande till intervju på en ledig tid i omgången (ansökan blir INVITED); en redan kallad flyttas till den nya tiden. En tid som redan varit kan inte bokas.',
  })
  scheduleInterview(
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('slotId', () => ID) slotId: string,
    @Ctx() ctx: EmploymentContext,
  ): Promise<Application> {
    return scheduleInterview(ctx.dataSource, ctx, applicationId, slotId);
  }

  @Authorized(Permission.HANDLE_APPLICATIONS)
  @Mutation(() => InvitationsSent, {
    description:
      'REC-6: registrerar dagen då kallelserna till intervju skickades: till de angivna ansökningarna (med bokad tid), eller utan applicationIds till alla kallade i omgången som ännu inte har en registrerad kallelse. Senare än en vecka efter sista ansökningsdag ger en varning, inget stopp.',
  })
  recordInvitationsSent(
    @Arg('roundId', () => ID) roundId: string,
    @Arg('sentOn', () => DateScalar) sentOn: string,
    @Arg('applicationIds', () => [ID], { nullable: true }) applicationIds: string[] | null | undefined,
    @Ctx() ctx: EmploymentContext,
  ): Promise<InvitationsSent> {
    return recordInvitationsSent(ctx.dataSource, ctx, roundId, sentOn, applicationIds);
  }

  @FieldResolver(() => [Person], { description: 'REC-9: de ur intervjugruppen som sitter med vid intervjun.' })
  async panel(@Root() slot: InterviewSlot, @Ctx() ctx: EmploymentContext): Promise<Person[]> {
    const seats = await recruitmentLoaders(ctx).panelBySlot.load(slot.id);
    const people = await ctx.loaders.person.loadMany(seats.map((seat) => seat.personId));
    return people.filter((person): person is Person => person instanceof Person).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }

  @FieldResolver(() => Application, { nullable: true, description: 'Den bokade ansökan, om någon.' })
  application(@Root() slot: InterviewSlot, @Ctx() ctx: EmploymentContext): Promise<Application | undefined> | null {
    return slot.applicationId ? recruitmentLoaders(ctx).application.load(slot.applicationId) : null;
  }
}
