import { AuditEvent, MeetingAttendance, WorkplaceMeeting } from '@bt/employment';
import { parseTerm, workplaceMeetingWarning } from '@bt/domain';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { expectProblems } from './refusals';
import { currentTrainee } from './working-life-support';
import { statementsPerRequest } from './sql-statement-count';

const TERMS = `query ($term: String!, $siteId: ID) { workplaceMeetingTerms(term: $term, siteId: $siteId) {
  term start end planned warning site { id name } meetings { id date startTime title agenda site { name } plannedBy { username } attendance { present reason trainee { id } } } } }`;
const PLAN = `mutation ($input: WorkplaceMeetingInput!) { planWorkplaceMeeting(input: $input) { id term date startTime title agenda site { name } plannedBy { username } } }`;
const ATTEND = `mutation ($meetingId: ID!, $traineeId: ID!, $present: Boolean!, $reason: String) {
  recordMeetingAttendance(meetingId: $meetingId, traineeId: $traineeId, present: $present, reason: $reason) { id present reason trainee { id } } }`;

interface Meeting {
  id: string;
  date: string;
  startTime: string;
  title: string;
  site: { name: string };
  plannedBy: { username: string } | null;
  attendance: { present: boolean; reason: string | null; trainee: { id: string } }[];
}
interface Term {
  term: string;
  start: string;
  end: string;
  planned: number;
  warning: string | null;
  site: { id: string; name: string };
  meetings: Meeting[];
}

describe(`workplace meetings (EMP-5) on ${testEngine()}`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  const repository = <T extends object>(entity: new () => T) => graph.databases.employment.dataSource.getRepository(entity);
  const site = (name: string) => graph.data.sites.find((s) => s.name === name)!;
  const current = (siteName: string, index = 0) => currentTrainee(graph, siteName, index);
  const ask = <T>(username: string, query: string, variables: Record<string, unknown> = {}) =>
    graph.query<T>(query, { token: graph.tokenFor(username), variables });
  const terms = async (username: string, variables: Record<string, unknown>) => {
    const response = await ask<{ workplaceMeetingTerms: Term[] }>(username, TERMS, variables);
    expect(response.errors).toBeUndefined();
    return response.data!.workplaceMeetingTerms;
  };
  const heldVaxjoMeeting = () =>
    graph.data.workplaceMeetings.filter((m) => m.siteId === site('Växjö').id && m.term === 'HT2026').sort((a, b) => (a.date < b.date ? 1 : -1))[0];

  it("EMP-5: the Director sees each site's meetings of a term in date order, with a warning for a site with fewer than two", async () => {
    const list = await terms('atbt-chef', { term: 'HT2026' });
    const term = parseTerm('HT2026')!;
    expect(list.map((row) => row.site.name).sort()).toEqual(graph.data.sites.map((s) => s.name).sort());
    for (const row of list) {
      const seeded = graph.data.workplaceMeetings.filter((m) => m.siteId === row.site.id && m.term === 'HT2026').sort((a, b) => (a.date < b.date ? -1 : 1));
      expect(row).toMatchObject({
        term: 'HT2026',
        start: '2026-07-01',
        end: '2026-12-31',
        planned: seeded.length,
        warning: workplaceMeetingWarning(seeded.length, term),
      });
      expect(row.meetings.map((m) => [m.id, m.date, m.site.name])).toEqual(seeded.map((m) => [m.id, m.date, row.site.name]));
      const attendance = row.meetings.flatMap((m) => m.attendance.map((a) => `${m.id} ${a.trainee.id} ${a.present} ${a.reason}`)).sort();
      const seededAttendance = graph.data.meetingAttendances
        .filter((a) => seeded.some((m) => m.id === a.meetingId))
        .map((a) => `${a.meetingId} ${a.traineeId} ${a.present} ${a.reason}`);
      expect(attendance).toEqual(seededAttendance.sort());
    }
    // the seed plans one meeting too few in Ljungby this autumn
    expect(list.find((row) => row.site.name === 'Ljungby')!.warning).toBe('Bara 1 av 2 arbetsplatsträffar planerade för HT2026; planera 1 till.');
    expect(list.find((row) => row.site.name === 'Växjö')!.warning).toBeNull();
  });

  it('EMP-5: an unknown term is refused with what to write', async () => {
    expectProblems(await ask('atbt-chef', TERMS, { term: 'hösten 2026' }), 'BAD_USER_INPUT', { code: 'TERM_INVALID', field: 'term', rule: 'EMP-5' });
  });

  it('EMP-5, ORG-1: the deputy plans the missing meeting for her own site, which clears the warning, audited; not for the other site', async () => {
    const input = { siteId: site('Ljungby').id, date: '2026-12-10', startTime: '13:30', title: ' APT: julmöte ', agenda: 'Gemensam med AT-läkarna' };
    const planned = await ask<{ planWorkplaceMeeting: { id: string; term: string; title: string; plannedBy: { username: string } } }>('bitr-atbt-chef', PLAN, {
      input,
    });
    expect(planned.errors).toBeUndefined();
    expect(planned.data!.planWorkplaceMeeting).toMatchObject({ term: 'HT2026', title: 'APT: julmöte', plannedBy: { username: 'bitr-atbt-chef' } });
    const [ljungby] = await terms('atbt-chef', { term: 'HT2026', siteId: site('Ljungby').id });
    expect(ljungby).toMatchObject({ planned: 2, warning: null });
    expect(await repository(AuditEvent).findBy({ action: 'PLAN_WORKPLACE_MEETING', entityId: planned.data!.planWorkplaceMeeting.id })).toHaveLength(1);

    const other = await ask('bitr-atbt-chef', PLAN, { input: { ...input, siteId: site('Växjö').id } });
    expectProblems(other, 'FORBIDDEN', { code: 'SITE_NOT_IN_SCOPE', rule: 'ORG-1' });
    expect(await repository(WorkplaceMeeting).countBy({ siteId: site('Växjö').id, date: '2026-12-10' })).toBe(0);
  });

  it('EMP-5: admin support plans for any site; a head of unit, HR and a trainee may not plan', async () => {
    const input = { siteId: site('Växjö').id, date: '2027-02-11', startTime: '08:15', title: 'APT: vårterminens start' };
    const planned = await ask<{ planWorkplaceMeeting: { term: string } }>('adm-stod', PLAN, { input });
    expect(planned.data?.planWorkplaceMeeting.term).toBe('VT2027');
    for (const username of ['vc-med-vxo', 'hr-samordnare', current('Växjö').username]) {
      expect((await ask(username, PLAN, { input })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await repository(WorkplaceMeeting).countBy({ siteId: site('Växjö').id, date: '2027-02-11' })).toBe(1);
  });

  it('EMP-5: a meeting needs a valid time and a title', async () => {
    const response = await ask('atbt-chef', PLAN, { input: { siteId: site('Växjö').id, date: '2027-03-11', startTime: '1300', title: '  ' } });
    expectProblems(response, 'BAD_USER_INPUT', { code: 'MEETING_TIME_INVALID', field: 'startTime' }, { code: 'TEXT_REQUIRED', field: 'title' });
  });

  it('EMP-5: attendance of a held meeting: absence needs a reason, a new record replaces the old, audited', async () => {
    const meeting = heldVaxjoMeeting();
    const trainee = current('Växjö');
    const record = (present: boolean, reason?: string) =>
      ask<{ recordMeetingAttendance: { present: boolean; reason: string | null } }>('atbt-chef', ATTEND, {
        meetingId: meeting.id,
        traineeId: trainee.id,
        present,
        reason,
      });
    expectProblems(await record(false), 'BAD_USER_INPUT', { code: 'ATTENDANCE_REASON_REQUIRED', field: 'reason' });
    expect((await record(false, 'Jour natten innan')).data!.recordMeetingAttendance).toMatchObject({
      present: false,
      reason: 'Jour natten innan',
      trainee: { id: trainee.id },
    });
    expect((await record(true, 'ignoreras')).data!.recordMeetingAttendance).toMatchObject({ present: true, reason: null });
    expect(await repository(MeetingAttendance).findBy({ meetingId: meeting.id, traineeId: trainee.id })).toEqual([
      expect.objectContaining({ present: true, reason: null }),
    ]);
    const audits = await repository(AuditEvent).find({ where: { action: 'RECORD_MEETING_ATTENDANCE', entityId: trainee.id }, order: { id: 'ASC' } });
    expect(audits.map((a) => a.newValue)).toEqual([`${meeting.id} frånvarande`, `${meeting.id} närvarande`]);
  });

  it('EMP-5: attendance is refused for a trainee of another site, for a meeting not yet held, and for the deputy on the other site', async () => {
    const meeting = heldVaxjoMeeting();
    expectProblems(await ask('atbt-chef', ATTEND, { meetingId: meeting.id, traineeId: current('Ljungby').id, present: true }), 'BAD_USER_INPUT', {
      code: 'MEETING_TRAINEE_NOT_OF_SITE',
    });
    const future = (await repository(WorkplaceMeeting).findOneBy({ siteId: site('Ljungby').id, date: '2026-12-10' }))!;
    expectProblems(await ask('bitr-atbt-chef', ATTEND, { meetingId: future.id, traineeId: current('Ljungby').id, present: true }), 'BAD_USER_INPUT', {
      code: 'MEETING_NOT_HELD_YET',
      params: { date: '2026-12-10' },
    });
    const deputy = await ask('bitr-atbt-chef', ATTEND, { meetingId: meeting.id, traineeId: current('Växjö').id, present: true });
    expectProblems(deputy, 'FORBIDDEN', { code: 'SITE_NOT_IN_SCOPE', rule: 'ORG-1' });
  });

  it("EMP-5: a trainee sees her own site's meetings and only her own attendance; not the other site's", async () => {
    const trainee = current('Växjö', 1);
    const [own] = await terms(trainee.username, { term: 'HT2026' });
    expect(own.site.name).toBe('Växjö');
    const attendance = own.meetings.flatMap((m) => m.attendance);
    expect(attendance.length).toBeGreaterThan(0);
    expect(attendance.every((a) => a.trainee.id === trainee.id)).toBe(true);
    const seededOwn = graph.data.meetingAttendances.filter((a) => a.traineeId === trainee.id && own.meetings.some((m) => m.id === a.meetingId));
    expect(attendance).toHaveLength(seededOwn.length);
    const other = await ask(trainee.username, TERMS, { term: 'HT2026', siteId: site('Ljungby').id });
    expectProblems(other, 'FORBIDDEN', { code: 'SITE_NOT_IN_SCOPE' });
    // a role without the permission at all
    expect((await ask('vc-med-vxo', TERMS, { term: 'HT2026' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('EMP-5: the SQL of the term list does not grow with its meetings and attendance', async () => {
    const query = (siteId?: string) =>
      `{ workplaceMeetingTerms(term: "VT2026"${siteId ? `, siteId: "${siteId}"` : ''}) { planned site { name } meetings { plannedBy { username } attendance { present trainee { id } } } } }`;
    const count = (data: { workplaceMeetingTerms: { meetings: { attendance: unknown[] }[] }[] }) =>
      data.workplaceMeetingTerms.flatMap((t) => t.meetings.flatMap((m) => [m, ...m.attendance])).length;
    const one = await statementsPerRequest(graph, query(site('Ljungby').id), count);
    const all = await statementsPerRequest(graph, query(), count);
    expect(all.rows).toBeGreaterThan(one.rows);
    // every site: one more statement for the list of sites, none per meeting or attendance row
    expect(all.statements).toBe(one.statements + 1);
  });
});
