import { btEvaluationProblems, termOf, WORKPLACE_MEETINGS_PER_TERM } from '@bt/domain';
import { buildSeedData } from './seed-data';

describe('demo working life (EMP-5, EMP-6)', () => {
  const data = buildSeedData();

  it('EMP-5: two meetings per site and term, but one site is one short in HT2026; attendance only for held meetings and trainees of the site', () => {
    const counts = new Map<string, number>();
    for (const meeting of data.workplaceMeetings) {
      expect(meeting.term).toBe(termOf(meeting.date).code);
      counts.set(`${meeting.siteId} ${meeting.term}`, (counts.get(`${meeting.siteId} ${meeting.term}`) ?? 0) + 1);
    }
    expect([...counts.values()].filter((count) => count < WORKPLACE_MEETINGS_PER_TERM)).toEqual([1]);
    expect(data.meetingAttendances.some((row) => !row.present && row.reason)).toBe(true);
    for (const row of data.meetingAttendances) {
      const meeting = data.workplaceMeetings.find((m) => m.id === row.meetingId)!;
      const trainee = data.trainees.find((t) => t.id === row.traineeId)!;
      expect(meeting.date <= data.asOf && trainee.siteId === meeting.siteId).toBe(true);
      expect(row.present ? row.reason === null : Boolean(row.reason)).toBe(true);
    }
  });

  it('EMP-6: only trainees whose BT has ended have evaluations; the exit conversation is held only after a submitted evaluation', () => {
    expect(data.btEvaluations.filter((e) => e.submittedAt).length).toBeGreaterThanOrEqual(3);
    for (const evaluation of data.btEvaluations) {
      const trainee = data.trainees.find((t) => t.id === evaluation.traineeId)!;
      expect(trainee.employmentEnd < data.asOf).toBe(true);
      expect(btEvaluationProblems(evaluation, evaluation.freeText, Boolean(evaluation.submittedAt), false)).toEqual([]);
      const conversation = data.exitConversations.find((c) => c.traineeId === trainee.id)!;
      expect(Boolean(conversation.heldOn)).toBe(Boolean(evaluation.submittedAt));
    }
  });
});
