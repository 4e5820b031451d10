import { randomUUID } from 'node:crypto';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { IsNull, Not } from 'typeorm';
import { Role } from '@bt/auth';
import { ApplicationState, missingReferences, planInterviewSlots, schedulingProblems, slotGenerationProblems, slotOptionProblems, slotsOverlap, sylfInviteesCsv } from '@bt/domain';
import { badUserInput } from '@bt/subgraph';
import { InterviewSlot } from './interview-slot.entity';
import { Application } from '../application/application.entity';
import { RECRUITMENT_READERS, recruitmentRequest, requireApplication, requireRound } from '../recruitment-request';
import type { EmploymentContext } from '../../employment.context';

@Resolver(() => InterviewSlot)
export class InterviewResolver {
  @Authorized(...RECRUITMENT_READERS)
  @Query(() => [InterviewSlot], { description: 'REC-6: omgångens intervjutider i tidsordning, med bokad ansökan.' })
  async interviewSlots(@Arg('roundId', () => ID) roundId: string, @Ctx() ctx: EmploymentContext): Promise<InterviewSlot[]> {
    await requireRound(ctx, roundId);
    return ctx.dataSource.getRepository(InterviewSlot).find({ where: { roundId }, order: { startsAt: 'ASC' } });
  }

  @Authorized(Role.DIRECTOR, Role.HR_COORDINATOR)
  @Query(() => String, {
    description: 'REC-10: listan till SYLF över vilka som kallats till intervju: semikolonseparerad CSV i UTF-8 med rubrikrad (Namn;Intervjudag;Tid), svensk tid.',
  })
  async sylfInviteesCsv(@Arg('roundId', () => ID) roundId: string, @Ctx() ctx: EmploymentContext): Promise<string> {
    await requireRound(ctx, roundId);
    const slots = await ctx.dataSource.getRepository(InterviewSlot).findBy({ roundId, applicationId: Not(IsNull()) });
    const applications = await Promise.all(slots.map((slot) => recruitmentRequest(ctx).loaders.application.load(slot.applicationId!)));
    return sylfInviteesCsv(slots.map((slot, index) => ({ name: `${applications[index]!.givenName} ${applications[index]!.familyName}`, startsAt: slot.startsAt, endsAt: slot.endsAt })));
  }

  @Authorized(Role.DIRECTOR, Role.HR_COORDINATOR)
  @Mutation(() => [InterviewSlot], {
    description:
      'REC-6: lägger intervjutider över omgångens intervjudagar (svensk tid). Obokade tider ersätts; bokade behålls, och nya tider som krockar med dem hoppas över.',
  })
  async generateInterviewSlots(
    @Arg('roundId', () => ID) roundId: string,
    @Arg('slotMinutes', () => Int, { defaultValue: 45 }) slotMinutes: number,
    @Arg('dayStart', () => String, { defaultValue: '08:30' }) dayStart: string,
    @Arg('dayEnd', () => String, { defaultValue: '16:30' }) dayEnd: string,
    @Ctx() ctx: EmploymentContext,
  ): Promise<InterviewSlot[]> {
    const round = await requireRound(ctx, roundId);
    const options = { slotMinutes, dayStart, dayEnd };
    const problems = [...slotGenerationProblems(round.state), ...slotOptionProblems(options)];
    if (problems.length > 0) throw badUserInput(problems);
    return ctx.dataSource.transaction(async (manager) => {
      await manager.delete(InterviewSlot, { roundId, applicationId: IsNull() });
      const booked = await manager.findBy(InterviewSlot, { roundId });
      const slots = planInterviewSlots(round.interviewDays, options)
        .filter((slot) => !booked.some((taken) => slotsOverlap(slot, taken)))
        .map((slot) => Object.assign(new InterviewSlot(), { id: randomUUID(), roundId, ...slot, applicationId: null }));
      if (slots.length > 0) await manager.insert(InterviewSlot, slots);
      return [...booked, ...slots].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    });
  }

  @Authorized(Role.DIRECTOR, Role.HR_COORDINATOR)
  @Mutation(() => Application, {
    description: 'REC-6: kallar en behörig sökande till intervju på en ledig tid i omgången (ansökan blir INVITED); en redan kallad flyttas till den nya tiden.',
  })
  async scheduleInterview(@Arg('applicationId', () => ID) applicationId: string, @Arg('slotId', () => ID) slotId: string, @Ctx() ctx: EmploymentContext): Promise<Application> {
    const application = await requireApplication(ctx, applicationId);
    const [round, slot] = await Promise.all([
      recruitmentRequest(ctx).loaders.round.load(application.roundId),
      ctx.dataSource.getRepository(InterviewSlot).findOneBy({ id: slotId, roundId: application.roundId }),
    ]);
    const problems = [...missingReferences([['Intervjutiden i ansökans omgång', 'slotId', slotId, slot]]), ...schedulingProblems(round!.state, application.state)];
    if (slot?.applicationId && slot.applicationId !== applicationId) problems.push('Tiden är redan bokad för en annan sökande; välj en ledig tid.');
    if (problems.length > 0) throw badUserInput(problems);
    await ctx.dataSource.transaction(async (manager) => {
      await manager.update(InterviewSlot, { applicationId }, { applicationId: null });
      const booked = await manager.update(InterviewSlot, { id: slotId, applicationId: IsNull() }, { applicationId });
      if (booked.affected !== 1) throw badUserInput(['Tiden bokades nyss av någon annan; välj en annan ledig tid.']);
      await manager.update(Application, { id: applicationId }, { state: ApplicationState.INVITED });
    });
    return Object.assign(new Application(), { ...application, state: ApplicationState.INVITED });
  }

  @FieldResolver(() => Application, { nullable: true, description: 'Den bokade ansökan, om någon.' })
  application(@Root() slot: InterviewSlot, @Ctx() ctx: EmploymentContext): Promise<Application | undefined> | null {
    return slot.applicationId ? recruitmentRequest(ctx).loaders.application.load(slot.applicationId) : null;
  }
}
