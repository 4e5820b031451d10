import {
  attendanceProblems,
  btEvaluationProblems,
  btEvaluationScoreDescription,
  btEvaluationSummary,
  btEvaluationSummaryNote,
  exitConversationHeldProblems,
  parseTerm,
  termOf,
  workplaceMeetingProblems,
  workplaceMeetingWarning,
  type BtEvaluationScores,
} from './working-life-rules';

const scores = (value: number | null): BtEvaluationScores => ({
  introduction: value,
  supervision: value,
  placements: value,
  teaching: value,
  workload: value,
  overall: value,
});

describe('working life in BT', () => {
  it('EMP-5: a term is VT January–June and HT July–December', () => {
    expect(termOf('2026-06-30')).toEqual({ code: 'VT2026', start: '2026-01-01', end: '2026-06-30' });
    expect(termOf('2026-07-01')).toEqual({ code: 'HT2026', start: '2026-07-01', end: '2026-12-31' });
    expect(parseTerm('ht2026')).toEqual(termOf('2026-12-31'));
    expect(parseTerm('ST2026')).toBeUndefined();
  });

  it('EMP-5: warns when fewer than two meetings are planned for a site and term', () => {
    const term = termOf('2026-09-01');
    expect(workplaceMeetingWarning(0, term)).toBe('Bara 0 av 2 arbetsplatsträffar planerade för HT2026; planera 2 till.');
    expect(workplaceMeetingWarning(1, term)).toContain('planera 1 till');
    expect(workplaceMeetingWarning(2, term)).toBeNull();
    expect(workplaceMeetingWarning(3, term)).toBeNull();
  });

  it('EMP-5: a meeting needs a date, a time HH:MM and a title; an absence needs its reason', () => {
    expect(workplaceMeetingProblems({ date: '2026-09-10', startTime: '13:00', title: 'APT' })).toEqual([]);
    expect(workplaceMeetingProblems({ date: '2026-13-10', startTime: '25:00', title: ' ' }).map((p) => p.code)).toEqual([
      'MEETING_DATE_INVALID',
      'MEETING_TIME_INVALID',
      'TEXT_REQUIRED',
    ]);
    expect(attendanceProblems(true, null)).toEqual([]);
    expect(attendanceProblems(false, '  ').map((p) => p.code)).toEqual(['ATTENDANCE_REASON_REQUIRED']);
    expect(attendanceProblems(false, 'Jour natten innan')).toEqual([]);
  });

  it('EMP-6: a draft may leave questions open; submitting needs all six answered 1–5; a submitted evaluation is locked', () => {
    expect(btEvaluationProblems({ introduction: 4 }, null, false, false)).toEqual([]);
    expect(btEvaluationProblems({ introduction: 4 }, null, true, false).map((p) => p.field)).toEqual([
      'supervision',
      'placements',
      'teaching',
      'workload',
      'overall',
    ]);
    expect(btEvaluationProblems({ ...scores(3), overall: 6 }, null, true, false).map((p) => p.code)).toEqual(['EVALUATION_SCORE_INVALID']);
    expect(btEvaluationProblems({ ...scores(3), overall: 2.5 }, null, false, false).map((p) => p.code)).toEqual(['EVALUATION_SCORE_INVALID']);
    expect(btEvaluationProblems(scores(5), 'Bra', true, false)).toEqual([]);
    expect(btEvaluationProblems(scores(5), 'Bra', true, true).map((p) => p.code)).toEqual(['EVALUATION_ALREADY_SUBMITTED']);
    expect(btEvaluationScoreDescription('supervision')).toBe('Handledningen, 1–5.');
  });

  it('EMP-6: the cohort summary shows averages and free texts only from three answers', () => {
    const two = [
      { ...scores(4), freeText: 'A' },
      { ...scores(2), freeText: null },
    ];
    expect(btEvaluationSummary(two)).toMatchObject({ answers: 2, shown: false, freeTexts: [] });
    expect(btEvaluationSummary(two).averages.every((a) => a.average === null)).toBe(true);
    expect(btEvaluationSummaryNote(2)).toContain('minst 3');
    const three = [...two, { ...scores(5), supervision: 3, freeText: '  Mer handledning ' }];
    const summary = btEvaluationSummary(three);
    expect(summary).toMatchObject({ answers: 3, shown: true, freeTexts: ['A', 'Mer handledning'] });
    expect(summary.averages.find((a) => a.question === 'overall')!.average).toBe(3.7);
    expect(summary.averages.find((a) => a.question === 'supervision')!.average).toBe(3);
    expect(btEvaluationSummaryNote(3)).toBeNull();
  });

  it('EMP-6: the exit conversation is held only after the evaluation is submitted, and not before its day', () => {
    expect(exitConversationHeldProblems('2026-02-01', '2026-02-01', true, 'Intyget undertecknat')).toEqual([]);
    expect(exitConversationHeldProblems('2026-02-01', '2026-02-03', false, null).map((p) => p.code)).toEqual(['EXIT_CONVERSATION_EVALUATION_MISSING']);
    expect(exitConversationHeldProblems('1 feb', '2026-02-03', true, null).map((p) => p.code)).toEqual(['EXIT_CONVERSATION_DATE_INVALID']);
    expect(exitConversationHeldProblems('2026-02-04', '2026-02-03', true, null).map((p) => p.code)).toEqual(['EXIT_CONVERSATION_HELD_IN_FUTURE']);
  });
});
