import { AuditEvent } from '@bt/employment';
import { onCallBalance } from '@bt/domain';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { expectProblems } from './refusals';

const COMPENSATION_FIELDS = `traineeId onCallPaidPercent onCallEarnedHours onCallPaidHours onCallLeaveHours onCallTakenLeaveHours onCallLeftHours
  placements { placementId unit { name } startDate endDate flexOpeningHours flexClosingHours flexCarriedHours flexCutHours
    onCallEarnedHours onCallPaidHours onCallLeaveHours onCallTakenLeaveHours }`;
const READ = `query ($traineeId: ID!) { traineeCompensation(traineeId: $traineeId) { ${COMPENSATION_FIELDS} } }`;
const FLEX = `mutation ($placementId: ID!, $hours: Float!) { recordFlexBalance(placementId: $placementId, hours: $hours) { ${COMPENSATION_FIELDS} } }`;
const ON_CALL = `mutation ($placementId: ID!, $earnedHours: Float!, $takenLeaveHours: Float!) {
  recordOnCallHours(placementId: $placementId, earnedHours: $earnedHours, takenLeaveHours: $takenLeaveHours) { ${COMPENSATION_FIELDS} } }`;
const SPLIT = 'mutation ($siteId: ID, $paidPercent: Int!) { setOnCallSplit(siteId: $siteId, paidPercent: $paidPercent) { scope paidPercent } }';
const PAYOUT = `query ($endingFrom: Date!, $endingTo: Date!, $siteId: ID) {
  onCallPayoutPage(endingFrom: $endingFrom, endingTo: $endingTo, siteId: $siteId, perPage: 100) { total items { trainee { id } employmentEnd leftHours } } }`;

interface PlacementRow {
  placementId: string;
  unit: { name: string };
  startDate: string;
  flexOpeningHours: number;
  flexClosingHours: number | null;
  flexCarriedHours: number | null;
  flexCutHours: number | null;
  onCallEarnedHours: number;
  onCallPaidHours: number;
  onCallLeaveHours: number;
  onCallTakenLeaveHours: number;
}
interface Compensation {
  traineeId: string;
  onCallPaidPercent: number;
  onCallEarnedHours: number;
  onCallPaidHours: number;
  onCallLeaveHours: number;
  onCallTakenLeaveHours: number;
  onCallLeftHours: number;
  placements: PlacementRow[];
}

describe(`flexitime (ABS-7) and on-call compensation (ABS-5) on ${testEngine()}`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  const trainee = (username: string) => graph.data.trainees.find((t) => t.username === username)!;
  const siteId = (name: string) => graph.data.sites.find((s) => s.name === name)!.id;
  const placementsOf = (username: string) =>
    graph.data.placements.filter((p) => p.traineeId === trainee(username).id).sort((a, b) => a.startDate.localeCompare(b.startDate));
  const ask = <T>(username: string, query: string, variables: Record<string, unknown> = {}) =>
    graph.query<T>(query, { token: graph.tokenFor(username), variables });
  const read = async (username: string, traineeUsername: string) => {
    const response = await ask<{ traineeCompensation: Compensation }>(username, READ, { traineeId: trainee(traineeUsername).id });
    expect(response.errors).toBeUndefined();
    return response.data!.traineeCompensation;
  };
  /** The on-call rows as stored now (the seed's, with what the tests recorded), per trainee. */
  const storedOnCall = async (traineeId: string) =>
    (await graph.databases.employment.dataSource.query('SELECT earnedMinutes, takenMinutes FROM on_call_hours WHERE traineeId = ?', [traineeId])).map(
      (row: { earnedMinutes: number | string; takenMinutes: number | string }) => ({
        earnedMinutes: Number(row.earnedMinutes),
        takenMinutes: Number(row.takenMinutes),
      }),
    );

  describe('flexitime per placement', () => {
    it('ABS-7: at each change of placement the balance is clamped to +20/−10 h, showing what was cut, and the next placement opens with it', async () => {
      const [first, second, third] = placementsOf('bt-ida.olsson');
      const afterFirst = await ask<{ recordFlexBalance: Compensation }>('hr-samordnare', FLEX, { placementId: first.id, hours: 27.25 });
      expect(afterFirst.errors).toBeUndefined();
      const response = await ask<{ recordFlexBalance: Compensation }>('hr-samordnare', FLEX, { placementId: second.id, hours: -14 });
      expect(response.errors).toBeUndefined();
      const rows = response.data!.recordFlexBalance.placements;
      expect(rows.map((row) => row.placementId)).toEqual(placementsOf('bt-ida.olsson').map((p) => p.id));
      expect(rows[0]).toMatchObject({
        unit: { name: 'Vårdcentralen Teleborg' },
        flexOpeningHours: 0,
        flexClosingHours: 27.25,
        flexCarriedHours: 20,
        flexCutHours: 7.25,
      });
      expect(rows[1]).toMatchObject({ flexOpeningHours: 20, flexClosingHours: -14, flexCarriedHours: -10, flexCutHours: -4 });
      const seededThird = graph.data.flexBalances.find((b) => b.placementId === third.id)!.closingMinutes / 60;
      expect(rows[2]).toMatchObject({ flexOpeningHours: -10, flexClosingHours: seededThird, flexCarriedHours: Math.min(20, Math.max(-10, seededThird)) });
      // the current placement (Vårdcentralen Teleborg again, until January) has no closing balance yet
      expect(rows[4]).toMatchObject({ flexClosingHours: null, flexCarriedHours: null, flexCutHours: null });
      const audits = await graph.databases.employment.dataSource
        .getRepository(AuditEvent)
        .findBy({ action: 'RECORD_FLEX_BALANCE', entityId: trainee('bt-ida.olsson').id });
      expect(audits.map((audit) => audit.newValue).sort()).toEqual(['-840 min', '1635 min']);
    });

    it('ABS-7: a balance that is not in quarter hours, or a placement that does not exist, is refused', async () => {
      expectProblems(await ask('hr-samordnare', FLEX, { placementId: placementsOf('bt-ida.olsson')[0].id, hours: 1.1 }), 'BAD_USER_INPUT', {
        code: 'COMPENSATION_HOURS_INVALID',
        rule: 'ABS-7',
        field: 'hours',
      });
      expectProblems(await ask('hr-samordnare', FLEX, { placementId: '00000000-0000-4000-8000-000000000000', hours: 1 }), 'BAD_USER_INPUT', {
        field: 'placementId',
      });
    });
  });

  describe('on-call compensation per placement', () => {
    it('ABS-5: 30 % paid and 70 % leave by default; leave taken subtracted; the balance left is what is paid out at the end', async () => {
      const [first] = placementsOf('bt-ida.olsson');
      const response = await ask<{ recordOnCallHours: Compensation }>('hr-samordnare', ON_CALL, {
        placementId: first.id,
        earnedHours: 40,
        takenLeaveHours: 20,
      });
      expect(response.errors).toBeUndefined();
      const compensation = response.data!.recordOnCallHours;
      expect(compensation.onCallPaidPercent).toBe(30);
      expect(compensation.placements[0]).toMatchObject({ onCallEarnedHours: 40, onCallPaidHours: 12, onCallLeaveHours: 28, onCallTakenLeaveHours: 20 });
      const balance = onCallBalance(await storedOnCall(trainee('bt-ida.olsson').id), 30);
      expect(compensation).toMatchObject({
        onCallEarnedHours: balance.earnedMinutes / 60,
        onCallPaidHours: balance.paidMinutes / 60,
        onCallLeaveHours: balance.leaveMinutes / 60,
        onCallTakenLeaveHours: balance.takenMinutes / 60,
        onCallLeftHours: balance.leftMinutes / 60,
      });
      expect(compensation.onCallLeftHours).toBeGreaterThan(0);
    });

    it('ABS-5: leave taken beyond the leave earned over all placements is refused', async () => {
      const [first] = placementsOf('bt-ida.olsson');
      expectProblems(await ask('hr-samordnare', ON_CALL, { placementId: first.id, earnedHours: 40, takenLeaveHours: 900 }), 'BAD_USER_INPUT', {
        code: 'ON_CALL_LEAVE_EXCEEDS_EARNED',
        rule: 'ABS-5',
        field: 'takenLeaveHours',
      });
      expect((await read('hr-samordnare', 'bt-ida.olsson')).placements[0].onCallTakenLeaveHours).toBe(20);
    });

    it('ABS-5: the split is configurable per site, then for the region; a site’s own split wins', async () => {
      expectProblems(await ask('atbt-chef', SPLIT, { siteId: siteId('Växjö'), paidPercent: 101 }), 'BAD_USER_INPUT', {
        code: 'ON_CALL_SPLIT_INVALID',
        field: 'paidPercent',
      });
      expect((await ask('atbt-chef', SPLIT, { siteId: siteId('Växjö'), paidPercent: 50 })).errors).toBeUndefined();
      const ida = await read('hr-samordnare', 'bt-ida.olsson');
      expect(ida.onCallPaidPercent).toBe(50);
      expect(ida.placements[0]).toMatchObject({ onCallEarnedHours: 40, onCallPaidHours: 20, onCallLeaveHours: 20 });
      expect((await read('hr-samordnare', 'bt-alva.oberg')).onCallPaidPercent).toBe(30);
      expect((await ask('hr-samordnare', SPLIT, { paidPercent: 40 })).data).toEqual({ setOnCallSplit: { scope: 'REGION', paidPercent: 40 } });
      expect((await read('hr-samordnare', 'bt-alva.oberg')).onCallPaidPercent).toBe(40);
      expect((await read('hr-samordnare', 'bt-ida.olsson')).onCallPaidPercent).toBe(50);
      for (const username of ['bitr-atbt-chef', 'vc-vc-teleborg', 'bt-ida.olsson'])
        expectProblems(await ask(username, SPLIT, { paidPercent: 20 }), 'FORBIDDEN');
    });

    it('ABS-5: the payout list at the end of BT is computed set-based and agrees with the per-trainee balance; the deputy sees Ljungby only', async () => {
      const variables = { endingFrom: '2027-01-01', endingTo: '2027-01-31' };
      const response = await ask<{ onCallPayoutPage: { total: number; items: { trainee: { id: string }; employmentEnd: string; leftHours: number }[] } }>(
        'hr-samordnare',
        PAYOUT,
        variables,
      );
      expect(response.errors).toBeUndefined();
      const ending = graph.data.trainees.filter((t) => t.employmentEnd >= '2027-01-01' && t.employmentEnd <= '2027-01-31');
      const expected = [];
      for (const t of ending) {
        const left = onCallBalance(await storedOnCall(t.id), t.siteId === siteId('Växjö') ? 50 : 40).leftMinutes / 60;
        if (left > 0) expected.push({ trainee: { id: t.id }, employmentEnd: t.employmentEnd, leftHours: left });
      }
      expect(expected.length).toBeGreaterThan(1);
      expected.sort((a, b) => b.leftHours - a.leftHours || a.trainee.id.localeCompare(b.trainee.id));
      expect(response.data!.onCallPayoutPage).toEqual({ total: expected.length, items: expected });

      const ljungby = await ask<{ onCallPayoutPage: { items: { trainee: { id: string } }[] } }>('bitr-atbt-chef', PAYOUT, variables);
      const ljungbyIds = new Set(ending.filter((t) => t.siteId === siteId('Ljungby')).map((t) => t.id));
      expect(ljungby.data!.onCallPayoutPage.items.length).toBeGreaterThan(0);
      expect(ljungby.data!.onCallPayoutPage.items.every((item) => ljungbyIds.has(item.trainee.id))).toBe(true);
      expectProblems(await ask('bitr-atbt-chef', PAYOUT, { ...variables, siteId: siteId('Växjö') }), 'FORBIDDEN', { code: 'SITE_NOT_IN_SCOPE' });
      expectProblems(await ask('vc-vc-teleborg', PAYOUT, variables), 'FORBIDDEN');
      expectProblems(await ask('hr-samordnare', PAYOUT, { endingFrom: '2027-02-01', endingTo: '2027-01-01' }), 'BAD_USER_INPUT', {
        code: 'PAYOUT_PERIOD_REVERSED',
      });
    });
  });

  describe('who reads and records (row scope)', () => {
    it.each(['hr-samordnare', 'atbt-chef', 'vc-vc-teleborg', 'bt-ida.olsson'])('%s reads Ida’s flexitime and on-call compensation', async (username) => {
      expect((await read(username, 'bt-ida.olsson')).placements).toHaveLength(5);
    });

    it('another trainee, the head of another unit, the deputy for Växjö and roles without working time are refused', async () => {
      const ida = trainee('bt-ida.olsson').id;
      expectProblems(await ask('bt-frida.bergstrom', READ, { traineeId: ida }), 'FORBIDDEN', { code: 'TRAINEE_NOT_IN_SCOPE' });
      expectProblems(await ask('vc-vc-dalbo', READ, { traineeId: ida }), 'FORBIDDEN', { code: 'TRAINEE_NOT_IN_SCOPE' });
      expectProblems(await ask('bitr-atbt-chef', READ, { traineeId: ida }), 'FORBIDDEN', { code: 'SITE_NOT_IN_SCOPE' });
      for (const username of ['studierektor-primar', 'adm-stod', 'hhl-vc-teleborg-1'])
        expectProblems(await ask(username, READ, { traineeId: ida }), 'FORBIDDEN');
    });

    it('only HR records flex balances and on-call hours', async () => {
      const [first] = placementsOf('bt-ida.olsson');
      for (const username of ['atbt-chef', 'vc-vc-teleborg', 'bt-ida.olsson']) {
        expectProblems(await ask(username, FLEX, { placementId: first.id, hours: 1 }), 'FORBIDDEN');
        expectProblems(await ask(username, ON_CALL, { placementId: first.id, earnedHours: 1, takenLeaveHours: 0 }), 'FORBIDDEN');
      }
    });
  });
});
