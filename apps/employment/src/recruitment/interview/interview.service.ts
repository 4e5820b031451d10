import { randomUUID } from 'node:crypto';
import { In, IsNull, Not, type DataSource } from 'typeorm';
import {
  ApplicationState,
  missingReferences,
  planInterviewSlots,
  problem,
  schedulingProblems,
  slotGenerationProblems,
  slotOptionProblems,
  slotsOverlap,
  sylfAttendanceProblems,
  sylfInviteesCsv,
  type SlotOptions,
  type SylfRequestedBy,
} from '@bt/domain';
import { badUserInput, type Actor } from '@bt/subgraph';
import { InterviewSlot } from './interview-slot.entity';
import { SylfAttendance } from './sylf-attendance.entity';
import { Application } from '../application/application.entity';
import { requireApplication, requireRound } from '../recruitment.lookup';

/** REC-6: the round's interview slots in time order, with the booked application. */
export async function interviewSlots(dataSource: DataSource, actor: Actor, roundId: string): Promise<InterviewSlot[]> {
  await requireRound(dataSource, actor, roundId);
  return dataSource.getRepository(InterviewSlot).find({ where: { roundId }, order: { startsAt: 'ASC' } });
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

/** REC-6: lays slots over the round's interview days; free slots are replaced, booked ones kept, and new ones clashing with them skipped. */
export async function generateInterviewSlots(dataSource: DataSource, actor: Actor, roundId: string, options: SlotOptions): Promise<InterviewSlot[]> {
  const round = await requireRound(dataSource, actor, roundId);
  const problems = [...slotGenerationProblems(round.state), ...slotOptionProblems(options)];
  if (problems.length > 0) throw badUserInput(problems);
  return dataSource.transaction(async (manager) => {
    await manager.delete(InterviewSlot, { roundId, applicationId: IsNull() });
    const booked = await manager.findBy(InterviewSlot, { roundId });
    const slots = planInterviewSlots(round.interviewDays, options)
      .filter((slot) => !booked.some((taken) => slotsOverlap(slot, taken)))
      .map((slot) => Object.assign(new InterviewSlot(), { id: randomUUID(), roundId, ...slot, applicationId: null }));
    if (slots.length > 0) await manager.insert(InterviewSlot, slots);
    return [...booked, ...slots].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  });
}

const SLOT_TAKEN = () => problem('SLOT_TAKEN', 'Tiden är redan bokad för en annan sökande; välj en ledig tid.', { rule: 'REC-6', field: 'slotId' });

/** REC-6: invites an eligible applicant to a free slot of the round (INVITED); an invited one moves to the new slot. */
export async function scheduleInterview(dataSource: DataSource, actor: Actor, applicationId: string, slotId: string): Promise<Application> {
  const { application, round } = await requireApplication(dataSource, actor, applicationId);
  const slot = await dataSource.getRepository(InterviewSlot).findOneBy({ id: slotId, roundId: round.id });
  const problems = [...missingReferences([['Intervjutiden i ansökans omgång', 'slotId', slotId, slot]]), ...schedulingProblems(round.state, application.state)];
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
