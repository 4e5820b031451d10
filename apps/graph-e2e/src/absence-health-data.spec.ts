import { AuditEvent } from '@bt/employment';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { expectProblems } from './refusals';
import { absenceSupport } from './absence-support';

const ABSENCES = `query ($traineeId: ID!) { traineeAbsences(traineeId: $traineeId) { id version kind label detailsHidden note status startDate endDate } }`;
const TRAINEE_ABSENCES = `query ($id: ID!) { trainee(id: $id) { id absences { id kind label detailsHidden note } } }`;
const FOLLOW_UP = `query ($id: ID!) { trainee(id: $id) { id sickLeaveFollowUp {
  shortTermPeriods repeatedPeriodsLimit windowMonths repeatedShortTermSickLeave rehabilitationDecisionNeeded
  longTermAbsence longTermFrom longTermTo rehabilitationPlanRequired
  decisions { startsRehabilitation note decidedByName } plans { participants note recordedByName } } } }`;
const FLAG_PAGE = `query ($siteId: ID) { sickLeaveFlagPage(siteId: $siteId, perPage: 50) { total items { trainee { id } followUp { repeatedShortTermSickLeave } } } }`;
const LEDGER = `query ($traineeId: ID!) { traineeServiceLedger(traineeId: $traineeId) { extensionPlanNeeded extensionPlanReasons nonServiceDays } }`;
const APPLY = `mutation ($traineeId: ID!, $input: AbsenceInput!) { applyForAbsence(traineeId: $traineeId, input: $input) { id version kind label decisionRoute } }`;
const APPROVE = `mutation ($id: ID!, $version: Int!) { approveAbsence(id: $id, version: $version) { id status kind label } }`;
const DECIDE_REHABILITATION = `mutation ($traineeId: ID!, $startsRehabilitation: Boolean!, $note: String) {
  recordRehabilitationDecision(traineeId: $traineeId, startsRehabilitation: $startsRehabilitation, note: $note) { startsRehabilitation note decidedByName } }`;
const REHABILITATION_PLAN = `mutation ($traineeId: ID!, $participants: [String!]!, $note: String) {
  recordRehabilitationPlan(traineeId: $traineeId, participants: $participants, note: $note) { participants note recordedByName } }`;

interface Row {
  id: string;
  version: number;
  kind: string | null;
  label: string;
  detailsHidden: boolean;
  note: string | null;
  status: string;
  startDate: string;
  endDate: string;
}
interface FollowUp {
  shortTermPeriods: number;
  repeatedPeriodsLimit: number;
  windowMonths: number;
  repeatedShortTermSickLeave: boolean;
  rehabilitationDecisionNeeded: boolean;
  longTermAbsence: boolean;
  longTermFrom: string | null;
  longTermTo: string | null;
  rehabilitationPlanRequired: boolean;
  decisions: { startsRehabilitation: boolean; note: string | null; decidedByName: string }[];
  plans: { participants: string[]; note: string | null; recordedByName: string }[];
}

describe(`sick leave and VAB as health data (ABS-10, ABS-11, GDPR art. 9) on ${testEngine()}`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
    await graph.readModelsCurrent();
  });
  afterAll(() => graph?.stop());

  const { trainee, person, ask, ok } = absenceSupport(() => graph);
  const absences = async (username: string, traineeUsername: string) =>
    (await ok<{ traineeAbsences: Row[] }>(username, ABSENCES, { traineeId: trainee(traineeUsername).id })).traineeAbsences;
  const sickReads = (actorUsername: string) =>
    graph.databases.employment.dataSource.getRepository(AuditEvent).findBy({ action: 'READ_SICK_LEAVE', actorUsername });
  /** The demo's sick leave of Ida (Växjö, at Vårdcentralen Teleborg today). */
  const idaSick = () => graph.data.absences.find((a) => a.traineeId === trainee('bt-ida.olsson').id && a.kind === 'SICK_LEAVE')!;

  it.each([
    ['atbt-chef', 'the Director'],
    ['hr-samordnare', 'HR'],
    ['vc-vc-teleborg', 'the head of the unit where she is placed today'],
  ])('%s (%s) sees the kind and note of a sick leave, and each read is audited', async (username) => {
    const before = await sickReads(username);
    const rows = await absences(username, 'bt-ida.olsson');
    expect(rows.find((row) => row.id === idaSick().id)).toMatchObject({ kind: 'SICK_LEAVE', label: 'Sjukfrånvaro', detailsHidden: false, note: 'Magsjuka.' });
    expect(rows.find((row) => row.kind === 'VACATION')).toMatchObject({ label: 'Semester', detailsHidden: false });
    const after = await sickReads(username);
    expect(after).toHaveLength(before.length + 1);
    expect(after[after.length - 1]).toMatchObject({ entityType: 'Absence', entityId: idaSick().id });
  });

  it.each([
    ['bitr-atbt-chef', 'the deputy of the other site'],
    ['studierektor-primar', 'a director of studies'],
    ['adm-stod', 'admin support'],
    ['hhl-vc-teleborg-1', 'her main and clinical supervisor'],
    ['bt-ida.olsson', 'the trainee herself'],
  ])('%s (%s) sees the sick leave only as "Frånvaro", without kind or note, and nothing is audited', async (username) => {
    const before = await sickReads(username);
    const rows = await absences(username, 'bt-ida.olsson');
    expect(rows.find((row) => row.id === idaSick().id)).toEqual({
      id: idaSick().id,
      version: idaSick().version,
      kind: null,
      label: 'Frånvaro',
      detailsHidden: true,
      note: null,
      status: 'APPROVED',
      startDate: idaSick().startDate,
      endDate: idaSick().endDate,
    });
    // other kinds are not health data
    expect(rows.find((row) => row.kind === 'ON_CALL_COMPENSATION_LEAVE')).toMatchObject({ label: 'Jourkompledighet', detailsHidden: false });
    expect(await sickReads(username)).toHaveLength(before.length);
  });

  it('the same through Trainee.absences: the supervisor of VAB sees "Frånvaro", the Director the kind', async () => {
    const gustav = trainee('bt-gustav.aberg');
    const vab = graph.data.absences.find((a) => a.traineeId === gustav.id && a.kind === 'CARE_OF_SICK_CHILD')!;
    const supervisor = (await ok<{ trainee: { absences: Row[] } }>('hhl-vc-teleborg-2', TRAINEE_ABSENCES, { id: gustav.id })).trainee.absences;
    expect(supervisor.find((row) => row.id === vab.id)).toMatchObject({ kind: null, label: 'Frånvaro', detailsHidden: true });
    const director = (await ok<{ trainee: { absences: Row[] } }>('atbt-chef', TRAINEE_ABSENCES, { id: gustav.id })).trainee.absences;
    expect(director.find((row) => row.id === vab.id)).toMatchObject({ kind: 'CARE_OF_SICK_CHILD', label: 'Vård av sjukt barn' });
  });

  it('the deputy sees the health data of her own site, not of the other; a head of another unit no absence at all', async () => {
    const ebbaSick = await absences('bitr-atbt-chef', 'bt-ebba.hussein');
    expect(ebbaSick.filter((row) => row.kind === 'SICK_LEAVE')).toHaveLength(6);
    expect(ebbaSick.every((row) => !row.detailsHidden)).toBe(true);
    expectProblems(await ask('vc-vc-lessebo', ABSENCES, { traineeId: trainee('bt-ida.olsson').id }), 'FORBIDDEN', { code: 'TRAINEE_NOT_IN_SCOPE' });
    expectProblems(await ask('bt-gustav.aberg', ABSENCES, { traineeId: trainee('bt-ida.olsson').id }), 'FORBIDDEN');
  });

  it('ABS-11: six short sick-leave periods in 12 months are flagged to the (deputy) Director, who records whether rehabilitation starts', async () => {
    const ebba = trainee('bt-ebba.hussein');
    const followUp = async (username: string) =>
      (await ok<{ trainee: { sickLeaveFollowUp: FollowUp } }>(username, FOLLOW_UP, { id: ebba.id })).trainee.sickLeaveFollowUp;
    const reads = (await sickReads('atbt-chef')).length;
    expect(await followUp('atbt-chef')).toEqual({
      shortTermPeriods: 6,
      repeatedPeriodsLimit: 6,
      windowMonths: 12,
      repeatedShortTermSickLeave: true,
      rehabilitationDecisionNeeded: true,
      longTermAbsence: false,
      longTermFrom: null,
      longTermTo: null,
      rehabilitationPlanRequired: false,
      decisions: [],
      plans: [],
    });
    expect(await sickReads('atbt-chef')).toHaveLength(reads + 1);
    expect((await followUp('bitr-atbt-chef')).repeatedShortTermSickLeave).toBe(true);
    expect((await followUp('hr-samordnare')).repeatedShortTermSickLeave).toBe(true);

    // the list of flagged trainees: the Director and HR for every site, the deputy for her own
    const flagged = async (username: string, siteId?: string) =>
      (
        await ok<{ sickLeaveFlagPage: { total: number; items: { trainee: { id: string }; followUp: { repeatedShortTermSickLeave: boolean } }[] } }>(
          username,
          FLAG_PAGE,
          { siteId },
        )
      ).sickLeaveFlagPage;
    for (const username of ['atbt-chef', 'hr-samordnare', 'bitr-atbt-chef']) {
      expect((await flagged(username)).items).toEqual([{ trainee: { id: ebba.id }, followUp: { repeatedShortTermSickLeave: true } }]);
    }
    const vaxjo = graph.data.sites.find((site) => site.id !== ebba.siteId)!;
    expect(await flagged('atbt-chef', vaxjo.id)).toEqual({ total: 0, items: [] });
    expectProblems(await ask('bitr-atbt-chef', FLAG_PAGE, { siteId: vaxjo.id }), 'FORBIDDEN', { code: 'SITE_NOT_IN_SCOPE' });
    expectProblems(await ask('vc-vc-ljungby', FLAG_PAGE), 'FORBIDDEN', { code: 'HEALTH_DATA_NOT_IN_SCOPE' });
    expectProblems(await ask('studierektor-primar', FLAG_PAGE), 'FORBIDDEN');

    // a director of studies and a supervisor see the trainee, not the follow-up
    for (const username of ['studierektor-primar', 'hhl-vc-ljungby-2']) {
      const response = await ask<{ trainee: { sickLeaveFollowUp: unknown } | null }>(username, FOLLOW_UP, { id: ebba.id });
      expectProblems(response, 'FORBIDDEN');
      expect(response.data?.trainee?.sickLeaveFollowUp ?? null).toBeNull();
    }

    // ORG-1: the deputy decides for her own site only; others not at all
    expectProblems(await ask('bitr-atbt-chef', DECIDE_REHABILITATION, { traineeId: trainee('bt-ida.olsson').id, startsRehabilitation: true }), 'FORBIDDEN', {
      code: 'SITE_NOT_IN_SCOPE',
    });
    for (const username of ['hr-samordnare', 'vc-vc-ljungby', 'bt-ebba.hussein']) {
      expectProblems(await ask(username, DECIDE_REHABILITATION, { traineeId: ebba.id, startsRehabilitation: true }), 'FORBIDDEN');
    }
    const decided = (
      await ok<{ recordRehabilitationDecision: FollowUp['decisions'][number] }>('bitr-atbt-chef', DECIDE_REHABILITATION, {
        traineeId: ebba.id,
        startsRehabilitation: true,
        note: 'Samtal hållet; kontakt med företagshälsovården.',
      })
    ).recordRehabilitationDecision;
    expect(decided).toEqual({
      startsRehabilitation: true,
      note: 'Samtal hållet; kontakt med företagshälsovården.',
      decidedByName: person('bitr-atbt-chef').name,
    });
    expect(await followUp('atbt-chef')).toMatchObject({ repeatedShortTermSickLeave: true, rehabilitationDecisionNeeded: false, decisions: [decided] });
    const audited = await graph.databases.employment.dataSource
      .getRepository(AuditEvent)
      .findBy({ action: 'RECORD_REHABILITATION_DECISION', entityId: ebba.id });
    expect(audited).toMatchObject([{ actorUsername: 'bitr-atbt-chef', newValue: 'STARTS' }]);
  });

  it('ABS-10: long-term sick leave reported by HR and approved by the head needs a rehabilitation plan and a plan for extension; only health-data readers see why', async () => {
    const gustav = trainee('bt-gustav.aberg');
    const applied = (
      await ok<{ applyForAbsence: Row & { decisionRoute: string } }>('hr-samordnare', APPLY, {
        traineeId: gustav.id,
        input: { kind: 'SICK_LEAVE', startDate: '2026-09-14', endDate: '2026-11-13', note: 'Sjukskriven efter operation.' },
      })
    ).applyForAbsence;
    expect(applied).toMatchObject({ kind: 'SICK_LEAVE', decisionRoute: 'HEAD_OF_UNIT' });
    // the head of unit approves, seeing what she approves
    expect((await ok<{ approveAbsence: Row }>('vc-vc-teleborg', APPROVE, { id: applied.id, version: applied.version })).approveAbsence).toMatchObject({
      status: 'APPROVED',
      kind: 'SICK_LEAVE',
    });

    const followUp = (await ok<{ trainee: { sickLeaveFollowUp: FollowUp } }>('atbt-chef', FOLLOW_UP, { id: gustav.id })).trainee.sickLeaveFollowUp;
    expect(followUp).toMatchObject({ longTermAbsence: true, longTermFrom: '2026-09-14', longTermTo: '2026-11-13', rehabilitationPlanRequired: true });

    // the ledger: 61 days that do not count, and a plan for extension; the reason only for those who see health data
    expect(
      (await ok<{ traineeServiceLedger: { extensionPlanReasons: string[] } }>('atbt-chef', LEDGER, { traineeId: gustav.id })).traineeServiceLedger,
    ).toEqual({
      extensionPlanNeeded: true,
      extensionPlanReasons: ['SICK_LEAVE'],
      nonServiceDays: 61,
    });
    expect((await ok<{ traineeServiceLedger: unknown }>('hhl-vc-teleborg-2', LEDGER, { traineeId: gustav.id })).traineeServiceLedger).toEqual({
      extensionPlanNeeded: true,
      extensionPlanReasons: [],
      nonServiceDays: 61,
    });

    expectProblems(await ask('atbt-chef', REHABILITATION_PLAN, { traineeId: gustav.id, participants: ['HR'] }), 'BAD_USER_INPUT', {
      code: 'REHABILITATION_PARTICIPANTS_REQUIRED',
      rule: 'ABS-10',
    });
    const participants = ['HR', 'AT/BT-chef', 'Verksamhetschef Vårdcentralen Teleborg', 'Huvudhandledare', 'BT-läkaren', 'Företagshälsovården'];
    const plan = (
      await ok<{ recordRehabilitationPlan: FollowUp['plans'][number] }>('atbt-chef', REHABILITATION_PLAN, {
        traineeId: gustav.id,
        participants,
        note: 'Gradvis återgång från december; förlängd BT planeras.',
      })
    ).recordRehabilitationPlan;
    expect(plan).toEqual({ participants, note: 'Gradvis återgång från december; förlängd BT planeras.', recordedByName: person('atbt-chef').name });
    const after = (await ok<{ trainee: { sickLeaveFollowUp: FollowUp } }>('atbt-chef', FOLLOW_UP, { id: gustav.id })).trainee.sickLeaveFollowUp;
    expect(after).toMatchObject({ longTermAbsence: true, rehabilitationPlanRequired: false, plans: [plan] });
  });
});
