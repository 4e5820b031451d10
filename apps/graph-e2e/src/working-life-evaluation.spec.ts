import { AuditEvent, BtEvaluation, ExitConversation } from '@bt/employment';
import { btEvaluationSummary } from '@bt/domain';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { expectProblems } from './refusals';
import { currentTrainee } from './working-life-support';

const MINE = '{ myBtEvaluation { introduction supervision placements teaching workload overall freeText submittedAt } }';
const SAVE = `mutation ($input: BtEvaluationInput!, $submit: Boolean) { saveBtEvaluation(input: $input, submit: $submit) {
  introduction supervision placements teaching workload overall freeText submittedAt } }`;
const SUMMARY = `query ($cohortId: ID!) { btEvaluationSummary(cohortId: $cohortId) { cohortId answers shown note averages { question text average } freeTexts } }`;
const BOOK = `mutation ($traineeId: ID!, $bookedFor: Date!) { bookExitConversation(traineeId: $traineeId, bookedFor: $bookedFor) { bookedFor held heldOn } }`;
const HELD = `mutation ($traineeId: ID!, $heldOn: Date!, $notes: String) {
  recordExitConversationHeld(traineeId: $traineeId, heldOn: $heldOn, notes: $notes) { bookedFor held heldOn notes heldBy { username } trainee { id } } }`;
const TRAINEE = `query ($id: ID!) { trainee(id: $id) { id exitConversationHeld btEvaluationSubmitted } }`;
const CONVERSATION = `query ($id: ID!) { trainee(id: $id) { exitConversation { held heldOn notes heldBy { username } } } }`;

const ANSWERS = { introduction: 4, supervision: 5, placements: 3, teaching: 4, workload: 2, overall: 4, freeText: 'Mer tid för undervisning, tack.' };

describe(`the exit conversation and the evaluation of BT (EMP-6) on ${testEngine()}`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  const repository = <T extends object>(entity: new () => T) => graph.databases.employment.dataSource.getRepository(entity);
  const site = (name: string) => graph.data.sites.find((s) => s.name === name)!;
  const ask = <T>(username: string, query: string, variables: Record<string, unknown> = {}) =>
    graph.query<T>(query, { token: graph.tokenFor(username), variables });
  const current = (siteName: string, index = 0) => currentTrainee(graph, siteName, index);
  /** The cohort of `siteName` whose BT has ended on the seed's day. */
  const endedCohort = (siteName: string) =>
    graph.data.cohorts.find(
      (c) => c.siteId === site(siteName).id && graph.data.trainees.some((t) => t.cohortId === c.id && t.employmentEnd < graph.data.asOf),
    )!;
  const summary = async (username: string, cohortId: string) => {
    const response = await ask<{
      btEvaluationSummary: {
        answers: number;
        shown: boolean;
        note: string | null;
        averages: { question: string; average: number | null }[];
        freeTexts: string[];
      };
    }>(username, SUMMARY, { cohortId });
    expect(response.errors).toBeUndefined();
    return response.data!.btEvaluationSummary;
  };
  const seededSubmitted = (cohortId: string) => graph.data.btEvaluations.filter((e) => e.cohortId === cohortId && e.submittedAt);

  describe('the evaluation of BT, by the trainee herself', () => {
    it('EMP-6: a trainee saves a draft with questions open, and cannot submit before every question is answered 1–5', async () => {
      const trainee = current('Växjö');
      expect((await ask<{ myBtEvaluation: unknown }>(trainee.username, MINE)).data!.myBtEvaluation).toBeNull();
      const draft = await ask<{ saveBtEvaluation: { introduction: number; overall: number | null; submittedAt: string | null } }>(trainee.username, SAVE, {
        input: { introduction: 4 },
      });
      expect(draft.data!.saveBtEvaluation).toMatchObject({ introduction: 4, overall: null, submittedAt: null });
      expectProblems(
        await ask(trainee.username, SAVE, { input: { introduction: 4 }, submit: true }),
        'BAD_USER_INPUT',
        { code: 'EVALUATION_ANSWER_MISSING', field: 'supervision', rule: 'EMP-6' },
        { code: 'EVALUATION_ANSWER_MISSING', field: 'overall' },
      );
      expectProblems(await ask(trainee.username, SAVE, { input: { ...ANSWERS, overall: 6 }, submit: true }), 'BAD_USER_INPUT', {
        code: 'EVALUATION_SCORE_INVALID',
        field: 'overall',
      });
      expect(await repository(BtEvaluation).findOneBy({ traineeId: trainee.id })).toMatchObject({ introduction: 4, overall: null, submittedAt: null });
    });

    it('EMP-6: the exit conversation cannot be recorded as held before the evaluation is submitted, with a message saying what to do', async () => {
      const trainee = current('Växjö');
      const response = await ask('atbt-chef', HELD, { traineeId: trainee.id, heldOn: graph.data.asOf });
      expectProblems(response, 'BAD_USER_INPUT', { code: 'EXIT_CONVERSATION_EVALUATION_MISSING', rule: 'EMP-6' });
      expect(response.errors![0].message).toContain('Be BT-läkaren besvara och skicka in utvärderingen först');
      expect(await repository(ExitConversation).countBy({ traineeId: trainee.id })).toBe(0);
    });

    it('EMP-6: submitted, the evaluation is locked: saving or submitting again is refused and nothing changes; the submission is audited', async () => {
      const trainee = current('Växjö');
      const submitted = await ask<{ saveBtEvaluation: { overall: number; freeText: string; submittedAt: string } }>(trainee.username, SAVE, {
        input: ANSWERS,
        submit: true,
      });
      expect(submitted.errors).toBeUndefined();
      expect(submitted.data!.saveBtEvaluation).toMatchObject({ overall: 4, freeText: ANSWERS.freeText });
      expect(submitted.data!.saveBtEvaluation.submittedAt).not.toBeNull();
      for (const submit of [false, true]) {
        expectProblems(await ask(trainee.username, SAVE, { input: { ...ANSWERS, overall: 1 }, submit }), 'CONFLICT', { code: 'EVALUATION_ALREADY_SUBMITTED' });
      }
      expect(await repository(BtEvaluation).findOneBy({ traineeId: trainee.id })).toMatchObject({ overall: 4, version: 2 });
      expect(await repository(AuditEvent).findBy({ action: 'SUBMIT_BT_EVALUATION', entityId: trainee.id })).toHaveLength(1);
      expect((await ask<{ trainee: { btEvaluationSubmitted: boolean } }>('atbt-chef', TRAINEE, { id: trainee.id })).data!.trainee.btEvaluationSubmitted).toBe(
        true,
      );
    });

    it('EMP-6: nobody but the trainee answers or reads her evaluation', async () => {
      for (const username of ['atbt-chef', 'studierektor-sluten', 'hr-samordnare']) {
        expect((await ask(username, MINE)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
        expect((await ask(username, SAVE, { input: ANSWERS })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
      // another trainee sees her own (none), not the first one's
      expect((await ask<{ myBtEvaluation: unknown }>(current('Växjö', 1).username, MINE)).data!.myBtEvaluation).toBeNull();
    });
  });

  describe('the exit conversation', () => {
    it('EMP-6, ORG-1: the deputy books and holds only for her own site; the Director books, refuses a day to come, then records it held, audited', async () => {
      const trainee = current('Växjö');
      expectProblems(await ask('bitr-atbt-chef', BOOK, { traineeId: trainee.id, bookedFor: '2026-12-01' }), 'FORBIDDEN', { code: 'SITE_NOT_IN_SCOPE' });
      expectProblems(await ask('bitr-atbt-chef', HELD, { traineeId: trainee.id, heldOn: graph.data.asOf }), 'FORBIDDEN', { code: 'SITE_NOT_IN_SCOPE' });
      for (const username of ['studierektor-sluten', 'hr-samordnare', trainee.username]) {
        expect((await ask(username, BOOK, { traineeId: trainee.id, bookedFor: '2026-12-01' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
      const booked = await ask<{ bookExitConversation: unknown }>('atbt-chef', BOOK, { traineeId: trainee.id, bookedFor: '2026-12-01' });
      expect(booked.data!.bookExitConversation).toEqual({ bookedFor: '2026-12-01', held: false, heldOn: null });
      expect((await ask<{ trainee: { exitConversationHeld: boolean } }>('atbt-chef', TRAINEE, { id: trainee.id })).data!.trainee.exitConversationHeld).toBe(
        false,
      );
      expectProblems(await ask('atbt-chef', HELD, { traineeId: trainee.id, heldOn: '2026-12-01' }), 'BAD_USER_INPUT', {
        code: 'EXIT_CONVERSATION_HELD_IN_FUTURE',
      });
      const held = await ask<{ recordExitConversationHeld: unknown }>('atbt-chef', HELD, {
        traineeId: trainee.id,
        heldOn: graph.data.asOf,
        notes: ' Intyget undertecknat. ',
      });
      expect(held.data!.recordExitConversationHeld).toEqual({
        bookedFor: '2026-12-01',
        held: true,
        heldOn: graph.data.asOf,
        notes: 'Intyget undertecknat.',
        heldBy: { username: 'atbt-chef' },
        trainee: { id: trainee.id },
      });
      expect((await ask<{ trainee: { exitConversationHeld: boolean } }>('atbt-chef', TRAINEE, { id: trainee.id })).data!.trainee.exitConversationHeld).toBe(
        true,
      );
      expect((await repository(AuditEvent).findBy({ entityId: trainee.id })).map((a) => a.action)).toEqual(
        expect.arrayContaining(['BOOK_EXIT_CONVERSATION', 'RECORD_EXIT_CONVERSATION_HELD']),
      );
    });

    it('EMP-6: once held it is final: recording or booking again is refused', async () => {
      const trainee = current('Växjö');
      expectProblems(await ask('atbt-chef', HELD, { traineeId: trainee.id, heldOn: graph.data.asOf }), 'CONFLICT', { code: 'EXIT_CONVERSATION_ALREADY_HELD' });
      expectProblems(await ask('atbt-chef', BOOK, { traineeId: trainee.id, bookedFor: '2026-12-20' }), 'CONFLICT', { code: 'EXIT_CONVERSATION_ALREADY_HELD' });
      expect(await repository(ExitConversation).findOneBy({ traineeId: trainee.id })).toMatchObject({ bookedFor: '2026-12-01', heldOn: graph.data.asOf });
    });

    it('EMP-6: the trainee herself and the Director read the notes (audited); another trainee and a director of studies may not', async () => {
      const trainee = current('Växjö');
      const before = await repository(AuditEvent).countBy({ action: 'READ_EXIT_CONVERSATION', entityId: trainee.id });
      for (const username of [trainee.username, 'atbt-chef']) {
        const response = await ask<{ trainee: { exitConversation: { notes: string } } }>(username, CONVERSATION, { id: trainee.id });
        expect(response.data!.trainee.exitConversation).toMatchObject({ held: true, notes: 'Intyget undertecknat.' });
      }
      expect(await repository(AuditEvent).countBy({ action: 'READ_EXIT_CONVERSATION', entityId: trainee.id })).toBe(before + 2);
      // another trainee does not reach her at all (the trainee query answers null for a row out of scope)
      const other = await ask<{ trainee: unknown }>(current('Växjö', 1).username, CONVERSATION, { id: trainee.id });
      expect(other.data?.trainee ?? null).toBeNull();
      expect(JSON.stringify(other)).not.toContain('Intyget');
      expect((await ask('studierektor-sluten', CONVERSATION, { id: trainee.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expectProblems(await ask('bitr-atbt-chef', CONVERSATION, { id: trainee.id }), 'FORBIDDEN', { code: 'TRAINEE_NOT_IN_SCOPE' });
    });
  });

  describe('two requests at once', () => {
    it('EMP-6: of two submissions of one draft, and of two records of the same conversation as held, exactly one succeeds, the other gets CONFLICT', async () => {
      const trainee = current('Ljungby');
      expect((await ask(trainee.username, SAVE, { input: { introduction: 3 } })).errors).toBeUndefined();
      const submissions = await Promise.all([1, 2].map(() => ask(trainee.username, SAVE, { input: ANSWERS, submit: true })));
      expect(submissions.map((r) => r.errors?.[0].extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
      expect(await repository(AuditEvent).countBy({ action: 'SUBMIT_BT_EVALUATION', entityId: trainee.id })).toBe(1);

      expect((await ask('atbt-chef', BOOK, { traineeId: trainee.id, bookedFor: graph.data.asOf })).errors).toBeUndefined();
      const records = await Promise.all(
        ['atbt-chef', 'bitr-atbt-chef'].map((username) => ask(username, HELD, { traineeId: trainee.id, heldOn: graph.data.asOf, notes: username })),
      );
      expect(records.map((r) => r.errors?.[0].extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
      const winner = ['atbt-chef', 'bitr-atbt-chef'][records.findIndex((r) => !r.errors)];
      expect(await repository(ExitConversation).findOneBy({ traineeId: trainee.id })).toMatchObject({ heldOn: graph.data.asOf, notes: winner });
      expect(await repository(AuditEvent).countBy({ action: 'RECORD_EXIT_CONVERSATION_HELD', entityId: trainee.id })).toBe(1);
    });
  });

  describe('the anonymous summary per cohort', () => {
    it('EMP-6: with three or more answers the Director and a director of studies see the count, averages and free texts without names, audited', async () => {
      const cohort = endedCohort('Växjö');
      const expected = btEvaluationSummary(seededSubmitted(cohort.id));
      expect(expected.answers).toBeGreaterThanOrEqual(3);
      for (const username of ['atbt-chef', 'studierektor-primar']) {
        const result = await summary(username, cohort.id);
        expect(result).toEqual({
          cohortId: cohort.id,
          answers: expected.answers,
          shown: true,
          note: null,
          averages: expected.averages,
          freeTexts: expected.freeTexts,
        });
        expect(result.averages.every((a) => a.average !== null)).toBe(true);
      }
      expect(await repository(AuditEvent).countBy({ action: 'READ_BT_EVALUATION_SUMMARY', entityId: cohort.id })).toBe(2);
    });

    it('EMP-6: with fewer than three answers only the count shows, and the answer says why', async () => {
      const cohort = endedCohort('Ljungby');
      const answers = seededSubmitted(cohort.id).length;
      expect(answers).toBeLessThan(3);
      const result = await summary('bitr-atbt-chef', cohort.id);
      expect(result).toMatchObject({ answers, shown: false, freeTexts: [] });
      expect(result.averages.every((a) => a.average === null)).toBe(true);
      expect(result.note).toBe(
        `${answers} av minst 3 svar: sammanställningen visas när minst 3 BT-läkare i kullen har skickat in sin utvärdering, så att ingen kan identifieras.`,
      );
    });

    it("EMP-6: a trainee who submits adds to her own cohort's summary only", async () => {
      const cohort = endedCohort('Ljungby');
      const draft = graph.data.btEvaluations.find((e) => e.cohortId === cohort.id && !e.submittedAt)!;
      const username = graph.data.trainees.find((t) => t.id === draft.traineeId)!.username;
      const before = (await summary('atbt-chef', cohort.id)).answers;
      expect((await ask(username, SAVE, { input: ANSWERS, submit: true })).errors).toBeUndefined();
      expect((await summary('atbt-chef', cohort.id)).answers).toBe(before + 1);
      expect((await summary('atbt-chef', endedCohort('Växjö').id)).answers).toBe(seededSubmitted(endedCohort('Växjö').id).length);
    });

    it("EMP-6, ORG-1: the deputy sees only her own site's cohorts; HR, a head of unit and trainees see no summary", async () => {
      expectProblems(await ask('bitr-atbt-chef', SUMMARY, { cohortId: endedCohort('Växjö').id }), 'FORBIDDEN', { code: 'SITE_NOT_IN_SCOPE' });
      for (const username of ['hr-samordnare', 'vc-med-vxo', 'adm-stod', current('Växjö').username]) {
        expect((await ask(username, SUMMARY, { cohortId: endedCohort('Växjö').id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
    });
  });
});
