import { AuditEvent } from '@bt/employment';
import { addDays } from '@bt/domain';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { expectProblems } from './refusals';
import { absenceSupport } from './absence-support';

const ABSENCE_FIELDS = `id version kind label status startDate endDate percent unpaid decisionRoute decidingUnit { name }
  appliedByName appliedOn decidedByName decisionReason warnings { code rule } projection { daysLater twelveMonthsReachedOnBefore twelveMonthsReachedOnAfter extensionDaysAfter }`;
const APPLY = `mutation ($traineeId: ID!, $input: AbsenceInput!) { applyForAbsence(traineeId: $traineeId, input: $input) { ${ABSENCE_FIELDS} } }`;
const APPROVE = `mutation ($id: ID!, $version: Int!, $reason: String, $confirmedDaysLater: Int) {
  approveAbsence(id: $id, version: $version, reason: $reason, confirmedDaysLater: $confirmedDaysLater) { ${ABSENCE_FIELDS} } }`;
const REFUSE = `mutation ($id: ID!, $version: Int!, $reason: String!) { refuseAbsence(id: $id, version: $version, reason: $reason) { ${ABSENCE_FIELDS} } }`;
const WITHDRAW = `mutation ($id: ID!, $version: Int!) { withdrawAbsence(id: $id, version: $version) { ${ABSENCE_FIELDS} } }`;
const APPLICATIONS = `{ absenceApplicationPage(perPage: 100) { total items { id label trainee { id } decisionRoute } } }`;
const ABSENCES = `query ($traineeId: ID!) { traineeAbsences(traineeId: $traineeId) { ${ABSENCE_FIELDS} } }`;
const LEDGER_FIELDS = `employmentEnd requiredDays serviceDaysToDate serviceDaysInEmployment nonServiceDays twelveMonthsReachedOn extensionDays
  sixMonthMinimumMet extensionPlanNeeded extensionPlanReasons
  placements { placementId unit { name } startDate endDate absenceDays nonServiceDays serviceDays judgement { acceptable note judgedByName judgedAs } }`;
const LEDGER = `query ($traineeId: ID!) { traineeServiceLedger(traineeId: $traineeId) { ${LEDGER_FIELDS} } }`;
const TRAINEE_LEDGER = `query ($id: ID!) { trainee(id: $id) { id serviceLedger { ${LEDGER_FIELDS} } } }`;
const PROJECTION = `query ($traineeId: ID!, $input: AbsenceInput!) { absenceProjection(traineeId: $traineeId, input: $input) {
  daysLater twelveMonthsReachedOnBefore twelveMonthsReachedOnAfter extensionDaysAfter employmentEnd extensionPlanNeeded } }`;
const JUDGE = `mutation ($traineeId: ID!, $placementId: ID!, $acceptable: Boolean!, $note: String) {
  recordPlacementAbsenceJudgement(traineeId: $traineeId, placementId: $placementId, acceptable: $acceptable, note: $note) { placementId acceptable note judgedByName judgedAs } }`;

interface AbsenceRow {
  id: string;
  version: number;
  kind: string | null;
  label: string;
  status: string;
  startDate: string;
  endDate: string;
  percent: number;
  unpaid: boolean;
  decisionRoute: string | null;
  decidingUnit: { name: string } | null;
  appliedByName: string;
  appliedOn: string;
  decidedByName: string | null;
  decisionReason: string | null;
  warnings: { code: string; rule: string | null }[];
  projection: { daysLater: number; twelveMonthsReachedOnBefore: string; twelveMonthsReachedOnAfter: string; extensionDaysAfter: number } | null;
}
interface Ledger {
  employmentEnd: string;
  requiredDays: number;
  serviceDaysToDate: number;
  serviceDaysInEmployment: number;
  nonServiceDays: number;
  twelveMonthsReachedOn: string;
  extensionDays: number;
  sixMonthMinimumMet: boolean;
  extensionPlanNeeded: boolean;
  extensionPlanReasons: string[];
  placements: {
    placementId: string;
    unit: { name: string } | null;
    startDate: string;
    endDate: string;
    absenceDays: number;
    nonServiceDays: number;
    serviceDays: number;
    judgement: { acceptable: boolean; note: string | null; judgedByName: string; judgedAs: string } | null;
  }[];
}

describe(`absence applications and approvals (ABS-3, ABS-8, ABS-9, ABS-12) on ${testEngine()}`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
    await graph.readModelsCurrent();
  });
  afterAll(() => graph?.stop());

  const { trainee, person, ask, ok } = absenceSupport(() => graph);
  const apply = async (username: string, traineeUsername: string, input: Record<string, unknown>) =>
    (await ok<{ applyForAbsence: AbsenceRow }>(username, APPLY, { traineeId: trainee(traineeUsername).id, input })).applyForAbsence;
  const ledger = async (traineeUsername: string, username = 'atbt-chef') =>
    (await ok<{ traineeServiceLedger: Ledger }>(username, LEDGER, { traineeId: trainee(traineeUsername).id })).traineeServiceLedger;
  const audits = (action: string, entityId: string) => graph.databases.employment.dataSource.getRepository(AuditEvent).findBy({ action, entityId });

  it('ABS-3: the trainee applies; only the head of the unit where she is placed approves, others are refused; each step is audited', async () => {
    const gustav = trainee('bt-gustav.aberg');
    const applied = await apply('bt-gustav.aberg', 'bt-gustav.aberg', { kind: 'VACATION', startDate: '2026-12-28', endDate: '2026-12-30' });
    expect(applied).toMatchObject({
      kind: 'VACATION',
      label: 'Semester',
      status: 'APPLIED',
      percent: 100,
      unpaid: false,
      decisionRoute: 'HEAD_OF_UNIT',
      decidingUnit: { name: 'Vårdcentralen Teleborg' },
      appliedByName: `${gustav.givenName} ${gustav.familyName}`,
      appliedOn: '2026-11-22',
      warnings: [],
      projection: { daysLater: 0, twelveMonthsReachedOnBefore: gustav.employmentEnd, twelveMonthsReachedOnAfter: gustav.employmentEnd },
    });
    expect(await audits('APPLY_ABSENCE', applied.id)).toHaveLength(1);

    // the head of Teleborg has it (and the demo's earlier application of the same trainee) among the applications to decide; another head has neither
    const teleborg = (await ok<{ absenceApplicationPage: { total: number; items: { id: string; trainee: { id: string } }[] } }>('vc-vc-teleborg', APPLICATIONS))
      .absenceApplicationPage;
    expect(teleborg.items.map((item) => item.id)).toContain(applied.id);
    const headsTrainees = new Set(
      graph.data.placements.filter((p) => p.unitId === graph.data.units.find((u) => u.name === 'Vårdcentralen Teleborg')!.id).map((p) => p.traineeId),
    );
    expect(teleborg.items.every((item) => headsTrainees.has(item.trainee.id))).toBe(true);
    expect(teleborg.total).toBe(teleborg.items.length);
    const lessebo = (await ok<{ absenceApplicationPage: { items: { id: string }[] } }>('vc-vc-lessebo', APPLICATIONS)).absenceApplicationPage;
    expect(lessebo.items.map((item) => item.id)).not.toContain(applied.id);

    for (const username of ['vc-vc-lessebo', 'atbt-chef', 'hr-samordnare']) {
      expectProblems(await ask(username, APPROVE, { id: applied.id, version: applied.version }), 'FORBIDDEN', {
        code: 'NOT_HEAD_OF_CURRENT_UNIT',
        rule: 'ABS-3',
      });
    }
    for (const username of ['bt-gustav.aberg', 'hhl-vc-teleborg-2', 'studierektor-primar', 'adm-stod']) {
      expectProblems(await ask(username, APPROVE, { id: applied.id, version: applied.version }), 'FORBIDDEN');
    }
    expect(await audits('DECIDE_ABSENCE', applied.id)).toHaveLength(0);

    const approved = (await ok<{ approveAbsence: AbsenceRow }>('vc-vc-teleborg', APPROVE, { id: applied.id, version: applied.version })).approveAbsence;
    expect(approved).toMatchObject({ status: 'APPROVED', decidedByName: person('vc-vc-teleborg').name, version: applied.version + 1, projection: null });
    expect(await audits('DECIDE_ABSENCE', applied.id)).toMatchObject([{ actorUsername: 'vc-vc-teleborg', oldValue: 'APPLIED', newValue: 'APPROVED' }]);

    // a stale version, and deciding twice, are refused
    expectProblems(await ask('vc-vc-teleborg', REFUSE, { id: applied.id, version: applied.version, reason: 'Sent.' }), 'CONFLICT');
    expectProblems(await ask('vc-vc-teleborg', REFUSE, { id: applied.id, version: approved.version, reason: 'Sent.' }), 'BAD_USER_INPUT', {
      code: 'ABSENCE_NOT_APPLIED',
    });
  });

  it('ABS-3: a head of unit refuses with a reason; without one the refusal is itself refused', async () => {
    const applied = await apply('bt-gustav.aberg', 'bt-gustav.aberg', { kind: 'ON_CALL_COMPENSATION_LEAVE', startDate: '2027-01-04', endDate: '2027-01-05' });
    expectProblems(await ask('vc-vc-teleborg', REFUSE, { id: applied.id, version: applied.version, reason: '  ' }), 'BAD_USER_INPUT', {
      code: 'ABSENCE_REASON_REQUIRED',
      field: 'reason',
    });
    const refused = (
      await ok<{ refuseAbsence: AbsenceRow }>('vc-vc-teleborg', REFUSE, {
        id: applied.id,
        version: applied.version,
        reason: 'Bemanningen räcker inte den veckan.',
      })
    ).refuseAbsence;
    expect(refused).toMatchObject({ status: 'REFUSED', decisionReason: 'Bemanningen räcker inte den veckan.' });
  });

  it('ABS-3: at a vårdcentral in the vårdval HR/payroll registers the head’s decision, recorded as such; the head cannot', async () => {
    const frida = trainee('bt-frida.bergstrom');
    const applied = await apply('hr-samordnare', 'bt-frida.bergstrom', {
      kind: 'ON_CALL_COMPENSATION_LEAVE',
      startDate: '2026-12-03',
      endDate: '2026-12-04',
      percent: 50,
    });
    expect(applied).toMatchObject({
      decisionRoute: 'PAYROLL_FOR_HEAD_OF_UNIT',
      decidingUnit: { name: 'Vårdcentralen Dalbo' },
      appliedByName: person('hr-samordnare').name,
      percent: 50,
    });
    const hrList = (
      await ok<{ absenceApplicationPage: { items: { id: string; trainee: { id: string }; decisionRoute: string }[] } }>('hr-samordnare', APPLICATIONS)
    ).absenceApplicationPage.items;
    expect(hrList.map((item) => item.id)).toContain(applied.id);
    expect(hrList.every((item) => item.decisionRoute === 'PAYROLL_FOR_HEAD_OF_UNIT')).toBe(true);
    expect(hrList.some((item) => item.trainee.id === frida.id && item.id !== applied.id)).toBe(true); // the demo's application

    expectProblems(await ask('vc-vc-dalbo', APPROVE, { id: applied.id, version: applied.version }), 'FORBIDDEN', {
      code: 'ABSENCE_REGISTERED_BY_PAYROLL',
      rule: 'ABS-3',
    });
    const approved = (await ok<{ approveAbsence: AbsenceRow }>('hr-samordnare', APPROVE, { id: applied.id, version: applied.version })).approveAbsence;
    expect(approved).toMatchObject({ status: 'APPROVED', decisionRoute: 'PAYROLL_FOR_HEAD_OF_UNIT', decidedByName: person('hr-samordnare').name });
  });

  it('ABS-3: marking a unit as in the vårdval moves its new applications to HR/payroll; unmarking moves them back', async () => {
    const lessebo = graph.data.units.find((u) => u.name === 'Vårdcentralen Lessebo')!;
    const UPDATE_UNIT = `mutation ($id: ID!, $version: Int!, $input: UnitInput!) { updateUnit(id: $id, version: $version, input: $input) { version privatePrimaryCare } }`;
    const input = {
      name: lessebo.name,
      siteId: lessebo.siteId,
      kind: lessebo.kind,
      regionPart: lessebo.regionPart,
      headOfUnitId: lessebo.headOfUnitId,
      btLeadId: lessebo.btLeadId,
    };
    const marked = (
      await ok<{ updateUnit: { version: number; privatePrimaryCare: boolean } }>('atbt-chef', UPDATE_UNIT, {
        id: lessebo.id,
        version: lessebo.version,
        input: { ...input, privatePrimaryCare: true },
      })
    ).updateUnit;
    expect(marked.privatePrimaryCare).toBe(true);
    const applied = await apply('bt-sara.aberg', 'bt-sara.aberg', { kind: 'VACATION', startDate: '2026-12-09', endDate: '2026-12-09' });
    expect(applied).toMatchObject({ decisionRoute: 'PAYROLL_FOR_HEAD_OF_UNIT', decidingUnit: { name: 'Vårdcentralen Lessebo' } });
    expectProblems(await ask('vc-vc-lessebo', APPROVE, { id: applied.id, version: applied.version }), 'FORBIDDEN', { code: 'ABSENCE_REGISTERED_BY_PAYROLL' });

    // omitted, the flag stays; false unmarks it, and the decision follows the unit as it is then
    const kept = (
      await ok<{ updateUnit: { version: number; privatePrimaryCare: boolean } }>('atbt-chef', UPDATE_UNIT, { id: lessebo.id, version: marked.version, input })
    ).updateUnit;
    expect(kept.privatePrimaryCare).toBe(true);
    await ok('atbt-chef', UPDATE_UNIT, { id: lessebo.id, version: kept.version, input: { ...input, privatePrimaryCare: false } });
    expectProblems(await ask('hr-samordnare', APPROVE, { id: applied.id, version: applied.version }), 'FORBIDDEN', { code: 'NOT_HEAD_OF_CURRENT_UNIT' });
    const approved = (await ok<{ approveAbsence: AbsenceRow }>('vc-vc-lessebo', APPROVE, { id: applied.id, version: applied.version })).approveAbsence;
    expect(approved).toMatchObject({ status: 'APPROVED', decisionRoute: 'HEAD_OF_UNIT' });
  });

  it('a trainee applies only for herself; supervisors and heads of unit do not apply', async () => {
    const input = { kind: 'VACATION', startDate: '2026-12-28', endDate: '2026-12-29' };
    for (const username of ['bt-ida.olsson', 'hhl-vc-teleborg-2', 'vc-vc-teleborg', 'studierektor-primar']) {
      expectProblems(await ask(username, APPLY, { traineeId: trainee('bt-gustav.aberg').id, input }), 'FORBIDDEN');
    }
    expectProblems(
      await ask('bt-gustav.aberg', APPLY, { traineeId: trainee('bt-gustav.aberg').id, input: { ...input, endDate: '2027-02-01' } }),
      'BAD_USER_INPUT',
      {
        code: 'ABSENCE_OUTSIDE_EMPLOYMENT',
      },
    );
    // the approved vacation of the first test takes those days
    expectProblems(await ask('bt-gustav.aberg', APPLY, { traineeId: trainee('bt-gustav.aberg').id, input }), 'BAD_USER_INPUT', { code: 'ABSENCE_OVERLAPS' });
  });

  it('ABS-8: parental leave less than 3 months ahead is applied with a warning, not refused; approved, the ledger moves and asks for a plan', async () => {
    const ida = trainee('bt-ida.olsson');
    const before = await ledger('bt-ida.olsson');
    expect(before).toMatchObject({
      employmentEnd: ida.employmentEnd,
      twelveMonthsReachedOn: ida.employmentEnd,
      extensionDays: 0,
      extensionPlanNeeded: false,
      nonServiceDays: 0,
    });
    const applied = await apply('bt-ida.olsson', 'bt-ida.olsson', { kind: 'PARENTAL_LEAVE', startDate: '2026-12-01', endDate: '2026-12-31' });
    expect(applied.warnings).toEqual([{ code: 'PARENTAL_LEAVE_SHORT_NOTICE', rule: 'ABS-8' }]);
    expect(applied).toMatchObject({ status: 'APPLIED', decisionRoute: 'HEAD_OF_UNIT', projection: { daysLater: 31, extensionDaysAfter: 31 } });
    // applied, not yet approved: the ledger has not moved
    expect((await ledger('bt-ida.olsson')).twelveMonthsReachedOn).toBe(ida.employmentEnd);

    await ok('vc-vc-teleborg', APPROVE, { id: applied.id, version: applied.version });
    const after = await ledger('bt-ida.olsson');
    expect(after).toMatchObject({
      twelveMonthsReachedOn: addDays(ida.employmentEnd, 31),
      extensionDays: 31,
      nonServiceDays: 31,
      serviceDaysInEmployment: before.serviceDaysInEmployment - 31,
      serviceDaysToDate: before.serviceDaysToDate,
      extensionPlanNeeded: true,
      extensionPlanReasons: ['PARENTAL_LEAVE'],
      sixMonthMinimumMet: true,
    });
    const teleborg = after.placements.find((p) => p.unit?.name === 'Vårdcentralen Teleborg' && p.startDate <= '2026-11-22' && p.endDate >= '2026-11-22')!;
    expect(teleborg.nonServiceDays).toBe(31);
    // the same ledger through Trainee.serviceLedger, for the trainee herself
    const own = (await ok<{ trainee: { serviceLedger: Ledger } }>('bt-ida.olsson', TRAINEE_LEDGER, { id: ida.id })).trainee.serviceLedger;
    expect(own.twelveMonthsReachedOn).toBe(after.twelveMonthsReachedOn);
  });

  it('ABS-9: leave of absence is decided only by the Director (the deputy: own site), with a reason and the projection confirmed', async () => {
    const sara = trainee('bt-sara.aberg');
    const applied = await apply('bt-sara.aberg', 'bt-sara.aberg', { kind: 'LEAVE_OF_ABSENCE', startDate: '2026-11-30', endDate: '2026-12-04' });
    expect(applied).toMatchObject({
      decisionRoute: 'DIRECTOR',
      decidingUnit: null,
      unpaid: true,
      warnings: [{ code: 'LEAVE_OF_ABSENCE_NOT_GRANTED_GENERALLY', rule: 'ABS-9' }],
      projection: { daysLater: 5, twelveMonthsReachedOnAfter: addDays(sara.employmentEnd, 5) },
    });
    const director = (await ok<{ absenceApplicationPage: { items: { id: string }[] } }>('atbt-chef', APPLICATIONS)).absenceApplicationPage.items;
    expect(director.map((item) => item.id)).toContain(applied.id);
    const deputy = (await ok<{ absenceApplicationPage: { items: { id: string }[] } }>('bitr-atbt-chef', APPLICATIONS)).absenceApplicationPage.items;
    expect(deputy.map((item) => item.id)).not.toContain(applied.id); // Växjö's trainee

    for (const username of ['vc-vc-lessebo', 'hr-samordnare', 'bitr-atbt-chef']) {
      expectProblems(await ask(username, APPROVE, { id: applied.id, version: applied.version, reason: 'Prövat.', confirmedDaysLater: 5 }), 'FORBIDDEN', {
        code: 'ABSENCE_DIRECTOR_DECIDES',
      });
    }
    expectProblems(await ask('atbt-chef', APPROVE, { id: applied.id, version: applied.version }), 'BAD_USER_INPUT', {
      code: 'ABSENCE_REASON_REQUIRED',
      rule: 'ABS-9',
    });
    expectProblems(await ask('atbt-chef', APPROVE, { id: applied.id, version: applied.version, reason: 'Flytt, prövat individuellt.' }), 'BAD_USER_INPUT', {
      code: 'ABSENCE_PROJECTION_NOT_CONFIRMED',
      rule: 'ABS-12',
      params: { daysLater: 5, twelveMonthsReachedOn: addDays(sara.employmentEnd, 5), employmentEnd: sara.employmentEnd },
    });
    const approved = (
      await ok<{ approveAbsence: AbsenceRow }>('atbt-chef', APPROVE, {
        id: applied.id,
        version: applied.version,
        reason: 'Flytt, prövat individuellt.',
        confirmedDaysLater: 5,
      })
    ).approveAbsence;
    expect(approved).toMatchObject({ status: 'APPROVED', decisionRoute: 'DIRECTOR', decisionReason: 'Flytt, prövat individuellt.' });
    expect((await ledger('bt-sara.aberg')).extensionDays).toBe(5);
  });

  it('ABS-12: the projection of a proposed research leave before applying; the deputy approves it for her own site', async () => {
    const alva = trainee('bt-alva.oberg');
    const input = { kind: 'RESEARCH_LEAVE', startDate: '2026-12-14', endDate: '2026-12-16' };
    const projection = (await ok<{ absenceProjection: Record<string, unknown> }>('bt-alva.oberg', PROJECTION, { traineeId: alva.id, input })).absenceProjection;
    expect(projection).toEqual({
      daysLater: 3,
      twelveMonthsReachedOnBefore: alva.employmentEnd,
      twelveMonthsReachedOnAfter: addDays(alva.employmentEnd, 3),
      extensionDaysAfter: 3,
      employmentEnd: alva.employmentEnd,
      extensionPlanNeeded: false,
    });
    expectProblems(await ask('bt-ida.olsson', PROJECTION, { traineeId: alva.id, input }), 'FORBIDDEN');

    // the demo's research leave of the trainee, waiting for the (deputy) Director
    const waiting = (await ok<{ traineeAbsences: AbsenceRow[] }>('bitr-atbt-chef', ABSENCES, { traineeId: alva.id })).traineeAbsences.find(
      (a) => a.kind === 'RESEARCH_LEAVE' && a.status === 'APPLIED',
    )!;
    expect(waiting.warnings).toEqual([{ code: 'DIRECTOR_APPROVAL_UNPAID', rule: 'ABS-12' }]);
    const approved = (
      await ok<{ approveAbsence: AbsenceRow }>('bitr-atbt-chef', APPROVE, {
        id: waiting.id,
        version: waiting.version,
        reason: 'Pågående projekt, begränsad omfattning.',
        confirmedDaysLater: waiting.projection!.daysLater,
      })
    ).approveAbsence;
    expect(approved).toMatchObject({ status: 'APPROVED', decidedByName: person('bitr-atbt-chef').name });
    expect((await ledger('bt-alva.oberg')).extensionDays).toBe(waiting.projection!.daysLater);
  });

  it('ABS-12: an external course is refused while the 12 months would reach past the employment, approved when they fit', async () => {
    // Ida's approved parental leave (above) already needs 31 days past the end
    const course = await apply('bt-ida.olsson', 'bt-ida.olsson', { kind: 'EXTERNAL_COURSE', startDate: '2027-01-05', endDate: '2027-01-06' });
    expect(course).toMatchObject({ decisionRoute: 'DIRECTOR', unpaid: true, projection: { daysLater: 0 } });
    expectProblems(
      await ask('atbt-chef', APPROVE, { id: course.id, version: course.version, reason: 'Ultraljudskurs.', confirmedDaysLater: 0 }),
      'BAD_USER_INPUT',
      {
        code: 'EXTERNAL_COURSE_RISKS_EXTENSION',
        rule: 'ABS-12',
        params: { days: 31 },
      },
    );
    const other = await apply('bt-gustav.aberg', 'bt-gustav.aberg', { kind: 'EXTERNAL_COURSE', startDate: '2026-12-09', endDate: '2026-12-10' });
    const approved = (
      await ok<{ approveAbsence: AbsenceRow }>('atbt-chef', APPROVE, { id: other.id, version: other.version, reason: 'Ultraljudskurs.', confirmedDaysLater: 0 })
    ).approveAbsence;
    expect(approved.status).toBe('APPROVED');
  });

  it('withdraws an application or approved leave not yet begun; never leave already taken', async () => {
    const applied = await apply('bt-sara.aberg', 'bt-sara.aberg', { kind: 'VACATION', startDate: '2026-12-07', endDate: '2026-12-08' });
    expectProblems(await ask('bt-ida.olsson', WITHDRAW, { id: applied.id, version: applied.version }), 'FORBIDDEN');
    const withdrawn = (await ok<{ withdrawAbsence: AbsenceRow }>('bt-sara.aberg', WITHDRAW, { id: applied.id, version: applied.version })).withdrawAbsence;
    expect(withdrawn.status).toBe('WITHDRAWN');
    expect(await audits('WITHDRAW_ABSENCE', applied.id)).toHaveLength(1);
    const taken = (await ok<{ traineeAbsences: AbsenceRow[] }>('bt-ida.olsson', ABSENCES, { traineeId: trainee('bt-ida.olsson').id })).traineeAbsences.find(
      (a) => a.kind === 'VACATION' && a.status === 'APPROVED' && a.endDate < '2026-11-22',
    )!;
    expectProblems(await ask('bt-ida.olsson', WITHDRAW, { id: taken.id, version: taken.version }), 'BAD_USER_INPUT', { code: 'ABSENCE_NOT_WITHDRAWABLE' });
  });

  it('ABS-2: the head of unit and the clinical supervisor record whether a placement’s absence is acceptable; the latest shows in the ledger', async () => {
    const ida = trainee('bt-ida.olsson');
    const placement = graph.data.placements.find((p) => p.traineeId === ida.id && p.startDate <= '2026-11-22' && p.endDate >= '2026-11-22')!;
    const judge = (username: string, acceptable: boolean, note?: string) =>
      ask(username, JUDGE, { traineeId: ida.id, placementId: placement.id, acceptable, note });
    expectProblems(await judge('vc-vc-lessebo', true), 'FORBIDDEN', { code: 'NOT_JUDGE_OF_PLACEMENT', rule: 'ABS-2' });
    expectProblems(await judge('hhl-vc-teleborg-2', true), 'FORBIDDEN', { code: 'NOT_JUDGE_OF_PLACEMENT', rule: 'ABS-2' });
    for (const username of ['bt-ida.olsson', 'atbt-chef']) expectProblems(await judge(username, true), 'FORBIDDEN');
    expectProblems(await judge('vc-vc-teleborg', false), 'BAD_USER_INPUT', { code: 'TEXT_REQUIRED', field: 'note' });
    expect((await judge('hhl-vc-teleborg-1', true)).errors).toBeUndefined();
    const head = await judge('vc-vc-teleborg', false, 'Föräldraledigheten kräver förlängning på vårdcentralen.');
    expect(head.errors).toBeUndefined();

    // the head of unit reads the ledger of the trainee placed at the unit; another head may not
    const seen = await ledger('bt-ida.olsson', 'vc-vc-teleborg');
    expect(seen.placements.find((p) => p.placementId === placement.id)!.judgement).toEqual({
      acceptable: false,
      note: 'Föräldraledigheten kräver förlängning på vårdcentralen.',
      judgedByName: person('vc-vc-teleborg').name,
      judgedAs: 'HEAD_OF_UNIT',
    });
    expectProblems(await ask('vc-vc-lessebo', LEDGER, { traineeId: ida.id }), 'FORBIDDEN');
    expect(await audits('JUDGE_PLACEMENT_ABSENCE', ida.id)).toHaveLength(2);
  });
});
