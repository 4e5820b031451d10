import { randomUUID } from 'node:crypto';
import { In, IsNull, Not, type DataSource } from 'typeorm';
import {
  ApplicationState,
  invitationProblems,
  invitationWarnings,
  isLateApplication,
  lateApplicationProblems,
  missingReferences,
  notInvitedProblems,
  planInterviewSlots,
  problem,
  RecruitmentStage,
  schedulingProblems,
  slotGenerationProblems,
  slotInPastProblems,
  slotOptionProblems,
  slotPlanProblems,
  slotRemovalProblems,
  sylfAttendanceProblems,
  sylfInviteesCsv,
  type IsoDate,
  type SlotTimes,
  type SylfRequestedBy,
} from '@bt/domain';
import { forbidden, hasPermission, Permission } from '@bt/auth';
import { badUserInput, type Actor } from '@bt/subgraph';
import { InterviewSlot } from './interview-slot.entity';
import { InterviewSlotPanel } from './interview-slot-panel.entity';
import type { InterviewSlotPlanArgs } from './interview-slot-plan.args';
import { interviewCalendar, type CalendarInterview } from './interview-calendar';
import { SylfAttendance } from './sylf-attendance.entity';
import { InvitationsSent } from './invitations-sent.type';
import { Application } from '../application/application.entity';
import { PanelMember } from '../panel/panel-member.entity';
import { RecruitmentRound } from '../round/recruitment-round.entity';
import { requireApplication, requireRound } from '../recruitment.lookup';
import { Person } from '../../person/person.entity';

/** Time order; slots at the same time in room order, so that both engines list them alike. */
const SLOT_ORDER = { startsAt: 'ASC', room: 'ASC', id: 'ASC' } as const;

/** REC-6: the round's interview slots in time order, with the booked application. */
export async function interviewSlots(dataSource: DataSource, actor: Actor, roundId: string): Promise<InterviewSlot[]> {
  await requireRound(dataSource, actor, roundId);
  return dataSource.getRepository(InterviewSlot).find({ where: { roundId }, order: SLOT_ORDER });
}

/** REC-10: the list for SYLF of who is invited to an interview (CSV, Swedish time). */
export async function sylfInvitees(dataSource: DataSource, actor: Actor, roundId: string): Promise<string> {
  await requireRound(dataSource, actor, roundId);
  const slots = await dataSource.getRepository(InterviewSlot).findBy({ roundId, applicationId: Not(IsNull()) });
  const applications = slots.length === 0 ? [] : await dataSource.getRepository(Application).findBy({ id: In(slots.map((slot) => slot.applicationId!)) });
  const name = (id: string) => applications.find((application) => application.id === id)!;
  return sylfInviteesCsv(
    slots.map((slot) => ({
      name: `${name(slot.applicationId!).givenName} ${name(slot.applicationId!).familyName}`,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
    })),
  );
}

/** REC-6, REC-9: the slots a plan lays out in its room, checked against the round, its interview panel and the room's existing slots. */
async function checkedPlan(dataSource: DataSource, actor: Actor, plan: InterviewSlotPlanArgs): Promise<SlotTimes[]> {
  const round = await requireRound(dataSource, actor, plan.roundId);
  const options = { slotMinutes: plan.slotMinutes, dayStart: plan.dayStart, dayEnd: plan.dayEnd, lunchStart: plan.lunchStart, lunchMinutes: plan.lunchMinutes };
  const optionProblems = [...slotGenerationProblems(round.state), ...slotOptionProblems(options)];
  if (optionProblems.length > 0) throw badUserInput(optionProblems);
  const days = plan.days ?? round.interviewDays;
  const planned = planInterviewSlots(days, options);
  const interviewPanel = await dataSource.getRepository(PanelMember).findBy({ roundId: round.id, stage: RecruitmentStage.INTERVIEWS });
  // a room is a room whichever round books it
  const roomSlots = await dataSource.getRepository(InterviewSlot).findBy({ room: plan.room.trim() });
  const problems = slotPlanProblems(
    {
      days,
      roundInterviewDays: round.interviewDays,
      room: plan.room,
      panelPersonIds: plan.panelPersonIds,
      interviewPanelPersonIds: interviewPanel.map((member) => member.personId),
    },
    planned,
    roomSlots,
    actor.today,
  );
  if (problems.length > 0) throw badUserInput(problems);
  return planned;
}

/** REC-6: the slots a plan would lay out, for checking before they are saved; refused as saving them would be. */
export function previewInterviewSlots(dataSource: DataSource, actor: Actor, plan: InterviewSlotPlanArgs): Promise<SlotTimes[]> {
  return checkedPlan(dataSource, actor, plan);
}

/** REC-6, REC-9: adds a plan's slots in its room, each with its panel; returns all the round's slots in time order. */
export async function generateInterviewSlots(dataSource: DataSource, actor: Actor, plan: InterviewSlotPlanArgs): Promise<InterviewSlot[]> {
  const planned = await checkedPlan(dataSource, actor, plan);
  const room = plan.room.trim();
  const panel = [...new Set(plan.panelPersonIds)];
  return dataSource.transaction(async (manager) => {
    const slots = planned.map((slot) => Object.assign(new InterviewSlot(), { id: randomUUID(), roundId: plan.roundId, ...slot, room, applicationId: null }));
    if (slots.length > 0) {
      await manager.insert(InterviewSlot, slots);
      await manager.insert(
        InterviewSlotPanel,
        slots.flatMap((slot) => panel.map((personId) => ({ slotId: slot.id, personId }))),
      );
    }
    return manager.find(InterviewSlot, { where: { roundId: plan.roundId }, order: SLOT_ORDER });
  });
}

/** REC-6: removes free slots of the round (a booked one keeps its interview); returns the round's remaining slots. */
export async function removeInterviewSlots(dataSource: DataSource, actor: Actor, roundId: string, slotIds: readonly string[]): Promise<InterviewSlot[]> {
  const round = await requireRound(dataSource, actor, roundId);
  const slots = slotIds.length === 0 ? [] : await dataSource.getRepository(InterviewSlot).findBy({ roundId, id: In([...slotIds]) });
  const problems = [
    ...slotGenerationProblems(round.state),
    ...missingReferences(slotIds.filter((id) => !slots.some((slot) => slot.id === id)).map((id) => ['Intervjutiden i omgången', 'slotIds', id, undefined])),
    ...slotRemovalProblems(slots.filter((slot) => slot.applicationId != null)),
  ];
  if (problems.length > 0) throw badUserInput(problems);
  return dataSource.transaction(async (manager) => {
    if (slots.length > 0) {
      await manager.delete(InterviewSlotPanel, { slotId: In(slots.map((slot) => slot.id)) });
      const removed = await manager.delete(InterviewSlot, { id: In(slots.map((slot) => slot.id)), applicationId: IsNull() });
      // booked between the check and now
      if (removed.affected !== slots.length) {
        const booked = await manager.findBy(InterviewSlot, { id: In(slots.map((slot) => slot.id)), applicationId: Not(IsNull()) });
        throw badUserInput(slotRemovalProblems(booked));
      }
    }
    return manager.find(InterviewSlot, { where: { roundId }, order: SLOT_ORDER });
  });
}

/** The interviews of booked slots as calendar events, with the panel's and the applicants' names. */
async function calendarInterviews(
  dataSource: DataSource,
  round: RecruitmentRound,
  slots: readonly InterviewSlot[],
  withApplicant: boolean,
): Promise<CalendarInterview[]> {
  if (slots.length === 0) return [];
  const seats = await dataSource.getRepository(InterviewSlotPanel).findBy({ slotId: In(slots.map((slot) => slot.id)) });
  const people = seats.length === 0 ? [] : await dataSource.getRepository(Person).findBy({ id: In([...new Set(seats.map((seat) => seat.personId))]) });
  const applications = await dataSource.getRepository(Application).findBy({ id: In(slots.map((slot) => slot.applicationId!)) });
  return [...slots]
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .map((slot) => {
      const applicant = applications.find((application) => application.id === slot.applicationId)!;
      return {
        slotId: slot.id,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        room: slot.room,
        roundName: round.name,
        panel: seats
          .filter((seat) => seat.slotId === slot.id)
          .map((seat) => people.find((person) => person.id === seat.personId)!.name)
          .sort((a, b) => a.localeCompare(b, 'sv')),
        applicant: withApplicant ? `${applicant.givenName} ${applicant.familyName}` : undefined,
      };
    });
}

/** REC-6: the applicant's interview invitation as a calendar file (.ics): time, room and panel. */
export async function applicantInterviewCalendar(dataSource: DataSource, actor: Actor, applicationId: string): Promise<string> {
  const { round } = await requireApplication(dataSource, actor, applicationId);
  const slot = await dataSource.getRepository(InterviewSlot).findOneBy({ applicationId });
  if (!slot) throw badUserInput(notInvitedProblems('REC-6'));
  return interviewCalendar(`Intervju – ${round.name}`, await calendarInterviews(dataSource, round, [slot], false));
}

/** REC-6, REC-9: a panel member's booked interviews in a round as a calendar file (.ics); one's own, or anyone's for HR and the Director. */
export async function panelInterviewCalendar(dataSource: DataSource, actor: Actor, roundId: string, personId: string): Promise<string> {
  if (personId !== actor.viewer.id && !hasPermission(actor.viewer, Permission.HANDLE_APPLICATIONS)) {
    throw forbidden('Du kan bara hämta din egen intervjukalender.', 'CALENDAR_NOT_OWN', 'REC-9');
  }
  const round = await requireRound(dataSource, actor, roundId);
  const slots = await dataSource
    .getRepository(InterviewSlot)
    .createQueryBuilder('slot')
    .innerJoin(InterviewSlotPanel, 'seat', 'seat.slotId = slot.id')
    .where('slot.roundId = :roundId AND seat.personId = :personId AND slot.applicationId IS NOT NULL', { roundId, personId })
    .getMany();
  return interviewCalendar(`Intervjuer – ${round.name}`, await calendarInterviews(dataSource, round, slots, true));
}

const SLOT_TAKEN = () => problem('SLOT_TAKEN', 'Tiden är redan bokad för en annan sökande; välj en ledig tid.', { rule: 'REC-6', field: 'slotId' });

/** REC-6: invites an eligible applicant to a free slot of the round (INVITED); an invited one moves to the new slot. */
export async function scheduleInterview(dataSource: DataSource, actor: Actor, applicationId: string, slotId: string): Promise<Application> {
  const { application, round } = await requireApplication(dataSource, actor, applicationId);
  const slot = await dataSource.getRepository(InterviewSlot).findOneBy({ id: slotId, roundId: round.id });
  const problems = [
    ...missingReferences([['Intervjutiden i ansökans omgång', 'slotId', slotId, slot]]),
    ...lateApplicationProblems(
      isLateApplication(application.receivedAt, round.applicationDeadline),
      application.lateAdmittedAt != null,
      round.applicationDeadline,
    ),
    ...schedulingProblems(round.state, application.state),
    ...(slot ? slotInPastProblems(slot.startsAt, actor.today) : []),
  ];
  if (slot?.applicationId && slot.applicationId !== applicationId) problems.push(SLOT_TAKEN());
  if (problems.length > 0) throw badUserInput(problems);
  await dataSource.transaction(async (manager) => {
    await manager.update(InterviewSlot, { applicationId }, { applicationId: null });
    const booked = await manager.update(InterviewSlot, { id: slotId, applicationId: IsNull() }, { applicationId });
    if (booked.affected !== 1) throw badUserInput([SLOT_TAKEN()]);
    await manager.update(Application, { id: applicationId }, { state: ApplicationState.INVITED });
  });
  return Object.assign(new Application(), { ...application, state: ApplicationState.INVITED });
}

/**
 * REC-6: records the day the interview invitations were sent: to the given applications of the round
 * (each with a booked interview time), or without `applicationIds` to every invited application of the
 * round whose invitation is not yet recorded. Later than a week after the deadline is allowed, with a
 * warning.
 */
export async function recordInvitationsSent(
  dataSource: DataSource,
  actor: Actor,
  roundId: string,
  sentOn: IsoDate,
  applicationIds?: readonly string[] | null,
): Promise<InvitationsSent> {
  const round = await requireRound(dataSource, actor, roundId);
  const slots = await dataSource.getRepository(InterviewSlot).findBy({ roundId, applicationId: Not(IsNull()) });
  const booked = new Set(slots.map((slot) => slot.applicationId!));
  const applications = applicationIds
    ? await dataSource.getRepository(Application).findBy({ roundId, id: In([...applicationIds]) })
    : await dataSource.getRepository(Application).findBy({ roundId, id: In([...booked]), invitationSentOn: IsNull() });
  const missing = (applicationIds ?? []).filter((id) => !applications.some((application) => application.id === id));
  const problems = [
    ...missingReferences(missing.map((id) => ['Ansökan i omgången', 'applicationIds', id, undefined])),
    ...invitationProblems(sentOn, actor.today, round.state, applications.filter((application) => !booked.has(application.id)).length),
  ];
  if (problems.length > 0) throw badUserInput(problems);
  if (applications.length > 0) await dataSource.getRepository(Application).update({ id: In(applications.map((a) => a.id)) }, { invitationSentOn: sentOn });
  return Object.assign(new InvitationsSent(), {
    applications: applications.map((application) => Object.assign(new Application(), { ...application, invitationSentOn: sentOn })),
    warnings: applications.length > 0 ? invitationWarnings([sentOn], round.applicationDeadline).map((warning) => warning.message) : [],
  });
}

/** REC-10: a SYLF representative attends the applicant's interview, at the applicant's wish or at SYLF's initiative with the applicant's consent. */
export async function recordSylfAttendance(
  dataSource: DataSource,
  actor: Actor,
  applicationId: string,
  requestedBy: SylfRequestedBy,
  applicantConsent: boolean,
): Promise<Application> {
  const { application } = await requireApplication(dataSource, actor, applicationId);
  const invited = await dataSource.getRepository(InterviewSlot).existsBy({ applicationId });
  const problems = sylfAttendanceProblems(requestedBy, applicantConsent, invited);
  if (problems.length > 0) throw badUserInput(problems);
  await dataSource
    .getRepository(SylfAttendance)
    .upsert({ applicationId, requestedBy, applicantConsent, recordedById: actor.viewer.id, recordedAt: new Date() }, ['applicationId']);
  return application;
}
