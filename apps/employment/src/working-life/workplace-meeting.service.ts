import { randomUUID } from 'node:crypto';
import { In, type DataSource } from 'typeorm';
import { assertPermissionReachesSite, forbidden, Permission, PermissionScope, permissionScope } from '@bt/auth';
import { attendanceProblems, missingReferences, parseTerm, problem, termOf, workplaceMeetingProblems, workplaceMeetingWarning } from '@bt/domain';
import { badUserInput, type Actor } from '@bt/subgraph';
import { Site } from '../site/site.entity';
import { Trainee } from '../trainee/trainee.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { auditEvent } from '../audit/audit-log';
import { WorkplaceMeeting } from './workplace-meeting.entity';
import { MeetingAttendance } from './meeting-attendance.entity';
import type { WorkplaceMeetingInput, WorkplaceMeetingTerm } from './working-life.types';

const trimmed = (text: string | null | undefined) => (text ?? '').trim() || null;

/** EMP-5: plan a meeting of a site; ORG-1: the deputy director only for their own site. Audited. */
export async function planWorkplaceMeeting(dataSource: DataSource, actor: Actor, input: WorkplaceMeetingInput): Promise<WorkplaceMeeting> {
  const site = await dataSource.getRepository(Site).existsBy({ id: input.siteId });
  const problems = [...missingReferences([['Huvudorten', 'input.siteId', input.siteId, site]]), ...workplaceMeetingProblems(input)];
  if (problems.length > 0) throw badUserInput(problems);
  assertPermissionReachesSite(actor.viewer, Permission.PLAN_WORKPLACE_MEETINGS, input.siteId);
  const plannedAt = new Date();
  const meeting = Object.assign(new WorkplaceMeeting(), {
    id: randomUUID(),
    siteId: input.siteId,
    term: termOf(input.date).code,
    date: input.date,
    startTime: input.startTime,
    title: input.title.trim(),
    agenda: trimmed(input.agenda),
    plannedById: actor.viewer.id,
    plannedAt,
  });
  await dataSource.transaction(async (manager) => {
    await manager.insert(WorkplaceMeeting, meeting);
    await manager.insert(
      AuditEvent,
      auditEvent(actor, 'PLAN_WORKPLACE_MEETING', 'WorkplaceMeeting', meeting.id, plannedAt, { newValue: `${meeting.date} ${meeting.title}` }),
    );
  });
  return meeting;
}

/**
 * EMP-5: the sites a viewer sees meetings of: the programme roles every site (or the one asked for), a
 * trainee only the site of her own BT.
 */
async function sitesInView(dataSource: DataSource, { viewer }: Actor, siteId: string | null | undefined): Promise<string[]> {
  const scope = permissionScope(viewer, Permission.READ_WORKPLACE_MEETINGS);
  if (scope === PermissionScope.ALL) {
    if (siteId) return [siteId];
    return (await dataSource.getRepository(Site).find({ select: { id: true }, order: { name: 'ASC' } })).map((site) => site.id);
  }
  const own = viewer.traineeId
    ? await dataSource.getRepository(Trainee).findOne({ select: { id: true, siteId: true }, where: { id: viewer.traineeId } })
    : null;
  if (!own || (siteId && siteId !== own.siteId)) throw forbidden('Du ser bara arbetsplatsträffarna på din egen huvudort.', 'SITE_NOT_IN_SCOPE');
  return [own.siteId];
}

/** EMP-5: per site the term's meetings, in date order, with the warning when fewer than two are planned. One statement for the meetings of every site. */
export async function workplaceMeetingTerms(dataSource: DataSource, actor: Actor, termCode: string, siteId?: string | null): Promise<WorkplaceMeetingTerm[]> {
  const term = parseTerm(termCode);
  if (!term) throw badUserInput([problem('TERM_INVALID', 'Ange terminen som VT eller HT och året, t.ex. HT2026.', { rule: 'EMP-5', field: 'term' })]);
  const siteIds = await sitesInView(dataSource, actor, siteId);
  const meetings = await dataSource
    .getRepository(WorkplaceMeeting)
    .find({ where: { siteId: In(siteIds), term: term.code }, order: { date: 'ASC', startTime: 'ASC' } });
  return siteIds.map((id) => {
    const ofSite = meetings.filter((meeting) => meeting.siteId === id);
    return {
      siteId: id,
      term: term.code,
      start: term.start,
      end: term.end,
      planned: ofSite.length,
      warning: workplaceMeetingWarning(ofSite.length, term),
      meetings: ofSite,
    };
  });
}

/**
 * EMP-5: whether a trainee of the meeting's site was there (absent: with the reason), once the meeting's
 * day has come; a second record replaces the first. ORG-1 as for planning. Audited.
 */
export async function recordMeetingAttendance(
  dataSource: DataSource,
  actor: Actor,
  meetingId: string,
  traineeId: string,
  present: boolean,
  reason: string | null | undefined,
): Promise<MeetingAttendance> {
  const [meeting, trainee] = await Promise.all([
    dataSource.getRepository(WorkplaceMeeting).findOneBy({ id: meetingId }),
    dataSource.getRepository(Trainee).findOneBy({ id: traineeId }),
  ]);
  const missing = missingReferences([
    ['Arbetsplatsträffen', 'meetingId', meetingId, meeting],
    ['BT-läkaren', 'traineeId', traineeId, trainee],
  ]);
  if (!meeting || !trainee) throw badUserInput(missing);
  assertPermissionReachesSite(actor.viewer, Permission.PLAN_WORKPLACE_MEETINGS, meeting.siteId);
  const problems = attendanceProblems(present, reason);
  if (trainee.siteId !== meeting.siteId) {
    problems.push(
      problem('MEETING_TRAINEE_NOT_OF_SITE', 'BT-läkaren hör till en annan huvudort; registrera närvaron på den huvudortens arbetsplatsträff.', {
        rule: 'EMP-5',
        field: 'traineeId',
      }),
    );
  }
  if (meeting.date > actor.today) {
    problems.push(
      problem('MEETING_NOT_HELD_YET', `Träffen hålls ${meeting.date}; registrera närvaron när den har hållits.`, {
        rule: 'EMP-5',
        field: 'meetingId',
        params: { date: meeting.date },
      }),
    );
  }
  if (problems.length > 0) throw badUserInput(problems);
  const recordedAt = new Date();
  return dataSource.transaction(async (manager) => {
    const previous = await manager.findOneBy(MeetingAttendance, { meetingId, traineeId });
    const attendance = Object.assign(previous ?? new MeetingAttendance(), {
      id: previous?.id ?? randomUUID(),
      meetingId,
      traineeId,
      present,
      reason: present ? null : trimmed(reason),
      recordedById: actor.viewer.id,
      recordedAt,
    });
    await manager.save(MeetingAttendance, attendance);
    await manager.insert(
      AuditEvent,
      auditEvent(actor, 'RECORD_MEETING_ATTENDANCE', 'Trainee', traineeId, recordedAt, {
        oldValue: previous ? `${meetingId} ${previous.present ? 'närvarande' : 'frånvarande'}` : null,
        newValue: `${meetingId} ${present ? 'närvarande' : 'frånvarande'}`,
      }),
    );
    return attendance;
  });
}

/** EMP-5: the attendance of a meeting a viewer may see: all of it for the programme roles, a trainee only her own. */
export function attendanceInView({ viewer }: Actor, rows: MeetingAttendance[]): MeetingAttendance[] {
  if (permissionScope(viewer, Permission.READ_WORKPLACE_MEETINGS) === PermissionScope.ALL) return rows;
  return rows.filter((row) => row.traineeId === viewer.traineeId);
}
