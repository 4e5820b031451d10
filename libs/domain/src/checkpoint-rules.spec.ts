import {
  CheckpointKind,
  checkpointCorrectionProblems,
  checkpointRecordProblems,
  CheckpointStatus,
  checkpointStatus,
  handoverProblems,
  plannedCheckpoints,
  type CheckpointRecordDraft,
} from './checkpoint-rules';

const intro = { id: 'intro', startDate: '2027-01-04', endDate: '2027-01-31' };
const medicine = { id: 'med', startDate: '2027-02-01', endDate: '2027-03-31' };
const primaryCare = { id: 'vc', startDate: '2027-09-01', endDate: '2027-12-31' };

describe('checkpoints A, B and C (EDU-8)', () => {
  it('EDU-8: A from the first placement start, within 14 days', () => {
    const a = plannedCheckpoints([medicine, intro]).find((c) => c.kind === CheckpointKind.A);
    expect(a).toEqual({ kind: CheckpointKind.A, placementId: null, dueFrom: '2027-01-04', dueBy: '2027-01-18' });
  });

  it('EDU-8: one B per placement, from 21 to 14 days before its last day', () => {
    const bs = plannedCheckpoints([intro, medicine, primaryCare]).filter((c) => c.kind === CheckpointKind.B);
    expect(bs).toEqual([
      { kind: CheckpointKind.B, placementId: 'intro', dueFrom: '2027-01-10', dueBy: '2027-01-17' },
      { kind: CheckpointKind.B, placementId: 'med', dueFrom: '2027-03-10', dueBy: '2027-03-17' },
      { kind: CheckpointKind.B, placementId: 'vc', dueFrom: '2027-12-10', dueBy: '2027-12-17' },
    ]);
  });

  it('EDU-8: a B of a placement shorter than three weeks is due from its first day', () => {
    const short = { id: 'short', startDate: '2027-05-01', endDate: '2027-05-10' };
    expect(plannedCheckpoints([short]).find((c) => c.kind === CheckpointKind.B)).toMatchObject({ dueFrom: '2027-05-01', dueBy: '2027-05-01' });
  });

  it('EDU-8, CERT-6: C from eight to four weeks before the plan ends; all in order of their last day', () => {
    const checkpoints = plannedCheckpoints([intro, medicine, primaryCare]);
    expect(checkpoints.find((c) => c.kind === CheckpointKind.C)).toEqual({
      kind: CheckpointKind.C,
      placementId: null,
      dueFrom: '2027-11-05',
      dueBy: '2027-12-03',
    });
    expect(checkpoints.map((c) => c.kind)).toEqual(['B', 'A', 'B', 'C', 'B']);
  });

  it('EDU-8: moving a placement moves its checkpoints; no placements, no checkpoints', () => {
    const moved = { ...primaryCare, startDate: '2027-10-01', endDate: '2028-01-31' };
    const checkpoints = plannedCheckpoints([intro, medicine, moved]);
    expect(checkpoints.find((c) => c.placementId === 'vc')).toMatchObject({ dueFrom: '2028-01-10', dueBy: '2028-01-17' });
    expect(checkpoints.find((c) => c.kind === CheckpointKind.C)).toMatchObject({ dueBy: '2028-01-03' });
    expect(plannedCheckpoints([])).toEqual([]);
  });

  it('EDU-8: status by the day: upcoming, due in the window (both ends), overdue after it, done when recorded', () => {
    const window = { dueFrom: '2027-03-10', dueBy: '2027-03-17' };
    expect(checkpointStatus(window, false, '2027-03-09')).toBe(CheckpointStatus.UPCOMING);
    expect(checkpointStatus(window, false, '2027-03-10')).toBe(CheckpointStatus.DUE);
    expect(checkpointStatus(window, false, '2027-03-17')).toBe(CheckpointStatus.DUE);
    expect(checkpointStatus(window, false, '2027-03-18')).toBe(CheckpointStatus.OVERDUE);
    expect(checkpointStatus(window, true, '2027-03-18')).toBe(CheckpointStatus.DONE);
  });

  const context = { today: '2027-03-15', checklistItemIds: ['b1', 'b2'], placementIds: ['intro', 'med'] };
  const record: CheckpointRecordDraft = { kind: CheckpointKind.B, placementId: 'med', heldOn: '2027-03-15', itemIds: ['b1'], note: 'Bra placering.' };

  it('EDU-8: a B record names one of the trainee placements, a held day, items of its checklist', () => {
    expect(checkpointRecordProblems(record, context)).toEqual([]);
    const codes = (draft: Partial<typeof record>) => checkpointRecordProblems({ ...record, ...draft }, context).map((p) => p.code);
    expect(codes({ placementId: 'other' })).toEqual(['CHECKPOINT_PLACEMENT_REQUIRED']);
    expect(codes({ placementId: null })).toEqual(['CHECKPOINT_PLACEMENT_REQUIRED']);
    expect(codes({ kind: CheckpointKind.A })).toEqual(['CHECKPOINT_PLACEMENT_NOT_ALLOWED']);
    expect(codes({ heldOn: '2027-03-16' })).toEqual(['CHECKPOINT_IN_FUTURE']);
    expect(codes({ heldOn: '2027-02-30' })).toEqual(['INVALID_DATE']);
    expect(codes({ itemIds: ['b1', 'a1'] })).toEqual(['CHECKPOINT_ITEM_UNKNOWN']);
    expect(codes({ note: 'x'.repeat(2001) })).toEqual(['TEXT_TOO_LONG']);
    expect(checkpointRecordProblems({ ...record, kind: CheckpointKind.A, placementId: null }, { ...context, placementIds: [] }).map((p) => p.code)).toEqual([
      'CHECKPOINT_WITHOUT_PLACEMENTS',
    ]);
  });

  it('EDU-8: a recorded checkpoint is never changed: only a correction naming the current record', () => {
    expect(checkpointCorrectionProblems(null, null)).toEqual([]);
    expect(checkpointCorrectionProblems('r1', 'r1')).toEqual([]);
    expect(checkpointCorrectionProblems('r1', null).map((p) => p.code)).toEqual(['CHECKPOINT_ALREADY_RECORDED']);
    expect(checkpointCorrectionProblems('r2', 'r1').map((p) => p.code)).toEqual(['CHECKPOINT_CORRECTION_STALE']);
    expect(checkpointCorrectionProblems(null, 'r1').map((p) => p.code)).toEqual(['CHECKPOINT_CORRECTION_STALE']);
  });

  it('EDU-8: a handover is between two placements of one trainee, the second after the first', () => {
    const from = { ...intro, traineeId: 't' };
    const to = { ...medicine, traineeId: 't' };
    expect(handoverProblems({ heldOn: '2027-01-28', note: null }, from, to)).toEqual([]);
    expect(handoverProblems({ heldOn: '2027-01-28', note: null }, to, from).map((p) => p.code)).toEqual(['HANDOVER_PLACEMENTS_NOT_CONSECUTIVE']);
    expect(handoverProblems({ heldOn: '2027-01-28', note: null }, from, { ...to, traineeId: 'u' }).map((p) => p.code)).toEqual([
      'HANDOVER_PLACEMENTS_NOT_CONSECUTIVE',
    ]);
    expect(handoverProblems({ heldOn: 'igår', note: null }, from, to).map((p) => p.code)).toEqual(['INVALID_DATE']);
  });
});
