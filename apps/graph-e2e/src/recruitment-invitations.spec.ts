import { randomUUID } from 'node:crypto';
import { Application, InterviewSlot } from '@bt/employment';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import {
  call,
  createRound,
  expectProblems,
  GENERATE_SLOTS,
  IMPORT,
  recordRequirements,
  SAMPLE_CSV,
  SCHEDULE,
  seatPanel,
  slotPlace,
} from './recruitment-support';

const RECORD_SENT = `mutation ($roundId: ID!, $sentOn: Date!, $applicationIds: [ID!]) {
  recordInvitationsSent(roundId: $roundId, sentOn: $sentOn, applicationIds: $applicationIds) { applications { externalId invitationSentOn } warnings } }`;
const ROUND = 'query ($id: ID!) { recruitmentRound(id: $id) { interviewDays warnings } }';

/**
 * A round for the BT start of January 2027, seen on the demo day 2026-11-22: deadline 2026-10-02, and
 * interviews on three days, one already past (2026-11-20) and two to come, later than a week after the
 * deadline (REC-6: allowed; only the invitations have that limit).
 */
const INPUT = { advertDate: '2026-09-07', applicationDeadline: '2026-10-02', interviewDays: ['2026-11-20', '2026-11-23', '2026-11-24'] };

describe(`REC-6: invitations and interview times on ${testEngine()}`, () => {
  let graph: TestGraph;
  let roundId: string;
  let ids: Map<string, string>;
  let slots: { id: string; startsAt: string }[];

  beforeAll(async () => {
    graph = await startTestGraph();
    roundId = await createRound(graph, 'OPEN', INPUT);
    await seatPanel(graph, roundId, undefined, ['SCREENING', 'INTERVIEWS']); // REC-9: no warning for the screening stage
    await call(graph, 'hr-samordnare', IMPORT, { roundId, csv: SAMPLE_CSV.replaceAll(';2027-09-', ';2026-09-') });
    const applications = await graph.databases.employment.dataSource.getRepository(Application).findBy({ roundId });
    ids = new Map(applications.map((application) => [application.externalId, application.id]));
    for (const number of ['OJ-2027-1001', 'OJ-2027-1002', 'OJ-2027-1003']) await recordRequirements(graph, ids.get(number)!);
    // REC-6: slots are laid out on days to come; the one on the day that has passed was laid out before it came
    ({ generateInterviewSlots: slots } = await call<{ generateInterviewSlots: { id: string; startsAt: string }[] }>(graph, 'hr-samordnare', GENERATE_SLOTS, {
      roundId,
      days: INPUT.interviewDays.slice(1),
      ...slotPlace(graph, ['hr-samordnare', 'studierektor-sluten']),
    }));
    const earlier = {
      id: randomUUID(),
      roundId,
      startsAt: new Date('2026-11-20T07:30:00Z'),
      endsAt: new Date('2026-11-20T08:15:00Z'),
      room: 'Sammanträdesrum 1',
    };
    await graph.databases.employment.dataSource.getRepository(InterviewSlot).insert({ ...earlier, applicationId: null });
    slots.unshift({ id: earlier.id, startsAt: earlier.startsAt.toISOString() });
  });
  afterAll(() => graph?.stop());

  const slotOn = (day: string) => slots.find((slot) => slot.startsAt.startsWith(day))!.id;

  it('REC-6: accepts interview days later than a week after the deadline', async () => {
    const { recruitmentRound } = await call<{ recruitmentRound: { interviewDays: string[]; warnings: string[] } }>(graph, 'hr-samordnare', ROUND, {
      id: roundId,
    });
    expect(recruitmentRound).toEqual({ interviewDays: INPUT.interviewDays, warnings: [] });
  });

  it('REC-6: refuses booking an interview into a time that has passed; a time to come is booked', async () => {
    const past = await graph.query(SCHEDULE, {
      token: graph.tokenFor('hr-samordnare'),
      variables: { applicationId: ids.get('OJ-2027-1001'), slotId: slotOn('2026-11-20') },
    });
    expectProblems(past, 'BAD_USER_INPUT', { code: 'SLOT_IN_PAST', rule: 'REC-6', field: 'slotId' });
    expect(past.errors?.[0].message).toMatch(/^Tiden 2026-11-20 08:30 har redan varit; välj en kommande intervjutid\.$/);
    for (const [number, index] of [
      ['OJ-2027-1001', 0],
      ['OJ-2027-1002', 1],
    ] as const) {
      const slotId = slots.filter((slot) => slot.startsAt >= '2026-11-23')[index].id;
      await call(graph, 'hr-samordnare', SCHEDULE, { applicationId: ids.get(number), slotId });
    }
  });

  it('REC-6: records when invitations were sent; later than a week after the deadline warns, without refusing', async () => {
    const onTime = await call<{ recordInvitationsSent: { applications: unknown[]; warnings: string[] } }>(graph, 'hr-samordnare', RECORD_SENT, {
      roundId,
      sentOn: '2026-10-09',
      applicationIds: [ids.get('OJ-2027-1001')],
    });
    expect(onTime.recordInvitationsSent).toEqual({ applications: [{ externalId: 'OJ-2027-1001', invitationSentOn: '2026-10-09' }], warnings: [] });

    // without ids: every invited application whose invitation is not yet recorded
    const late = await call<{ recordInvitationsSent: { applications: unknown[]; warnings: string[] } }>(graph, 'hr-samordnare', RECORD_SENT, {
      roundId,
      sentOn: '2026-10-12',
    });
    expect(late.recordInvitationsSent).toEqual({
      applications: [{ externalId: 'OJ-2027-1002', invitationSentOn: '2026-10-12' }],
      warnings: ['1 kallelse till intervju skickades senare än en vecka efter sista ansökningsdag (2026-10-02); riktlinjen är senast 2026-10-09.'],
    });
    const { recruitmentRound } = await call<{ recruitmentRound: { warnings: string[] } }>(graph, 'atbt-chef', ROUND, { id: roundId });
    expect(recruitmentRound.warnings).toEqual(late.recordInvitationsSent.warnings);
  });

  it('REC-6: refuses a day to come, an application without an interview time, and roles that do not handle applications', async () => {
    expectProblems(
      await graph.query(RECORD_SENT, {
        token: graph.tokenFor('hr-samordnare'),
        variables: { roundId, sentOn: '2026-11-23', applicationIds: [ids.get('OJ-2027-1003')] },
      }),
      'BAD_USER_INPUT',
      { code: 'INVITATION_SENT_IN_FUTURE', rule: 'REC-6', field: 'sentOn' },
      { code: 'INVITATION_WITHOUT_INTERVIEW', rule: 'REC-6', field: 'applicationIds' },
    );
    const refused = await graph.query(RECORD_SENT, { token: graph.tokenFor('studierektor-sluten'), variables: { roundId, sentOn: '2026-10-09' } });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await graph.databases.employment.dataSource.getRepository(Application).findOneBy({ id: ids.get('OJ-2027-1003') })).toMatchObject({
      invitationSentOn: null,
    });
  });
});
