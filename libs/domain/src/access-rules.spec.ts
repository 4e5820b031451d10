import { AccessTaskKind, accessTaskCompletionProblems, accessTasksSincePlanMade, accessWithinDaysProblems, plannedAccessTasks } from './access-rules';

const intro = { id: 'p1', unitId: 'med', startDate: '2027-01-04' };
const medicine = { id: 'p2', unitId: 'med', startDate: '2027-02-01' };
const surgery = { id: 'p3', unitId: 'kir', startDate: '2027-04-01' };

describe('access tasks before and during BT (ACC-1, ACC-2, ACC-3)', () => {
  const tasks = plannedAccessTasks([surgery, medicine, intro]);
  const of = (kind: AccessTaskKind) => tasks.filter((t) => t.kind === kind);

  it('ACC-1: record-system access per unit the trainee will pass, due a week before BT starts', () => {
    expect(of(AccessTaskKind.RECORD_ACCESS)).toEqual([
      { key: 'ACC-1:med', kind: AccessTaskKind.RECORD_ACCESS, unitId: 'med', placementId: null, dueDate: '2026-12-28' },
      { key: 'ACC-1:kir', kind: AccessTaskKind.RECORD_ACCESS, unitId: 'kir', placementId: null, dueDate: '2026-12-28' },
    ]);
  });

  it('ACC-2: door access per unit, due at the start', () => {
    expect(of(AccessTaskKind.DOOR_ACCESS).map((t) => [t.unitId, t.dueDate])).toEqual([
      ['med', '2027-01-04'],
      ['kir', '2027-01-04'],
    ]);
  });

  it('ACC-3: the administrative move the day before each placement at another unit than the one before', () => {
    expect(of(AccessTaskKind.ADMINISTRATIVE_MOVE).map((t) => [t.key, t.dueDate])).toEqual([
      ['ACC-3:p1', '2027-01-03'],
      ['ACC-3:p3', '2027-03-31'],
    ]);
  });

  it('ACC-1–ACC-3: in order of due day; a moved placement moves its task; none without placements', () => {
    expect(tasks.map((t) => t.dueDate)).toEqual(tasks.map((t) => t.dueDate).sort());
    const moved = plannedAccessTasks([intro, medicine, { ...surgery, startDate: '2027-05-01' }]);
    expect(moved.find((t) => t.key === 'ACC-3:p3')!.dueDate).toBe('2027-04-30');
    expect(plannedAccessTasks([])).toEqual([]);
  });

  it('ACC-1, ACC-2, ACC-3: a plan made for a trainee already in BT gives no task due before the day it was made', () => {
    // made on 2027-03-15, during internal medicine: access, doors and the first moves were arranged before there was a plan
    expect(accessTasksSincePlanMade(tasks, '2027-03-15').map((t) => [t.key, t.dueDate])).toEqual([['ACC-3:p3', '2027-03-31']]);
    // made on the day a task is due: that task is still needed
    expect(accessTasksSincePlanMade(tasks, '2027-01-04').map((t) => t.key)).toEqual(['ACC-2:med', 'ACC-2:kir', 'ACC-3:p3']);
  });

  it('ACC-1, ACC-2, ACC-3: a plan made before BT starts keeps every task, and so does one without a recorded day', () => {
    expect(accessTasksSincePlanMade(tasks, '2026-10-12')).toEqual(tasks);
    expect(accessTasksSincePlanMade(tasks, null)).toEqual(tasks);
  });

  it('ACC-3: a later change moving a placement keeps its task, overdue if need be, when it falls on or after the day the plan was made', () => {
    const moved = plannedAccessTasks([intro, medicine, { ...surgery, startDate: '2027-03-20' }]);
    expect(accessTasksSincePlanMade(moved, '2027-03-15').map((t) => [t.key, t.dueDate])).toEqual([['ACC-3:p3', '2027-03-19']]);
  });

  it('ACC-1–ACC-3: a task is ticked once, while needed, on a day no later than today', () => {
    const open = { kind: AccessTaskKind.DOOR_ACCESS, needed: true, completedOn: null };
    expect(accessTaskCompletionProblems(open, '2027-01-04', '2027-01-04')).toEqual([]);
    expect(accessTaskCompletionProblems(open, '2027-01-05', '2027-01-04').map((p) => p.code)).toEqual(['ACCESS_TASK_DONE_IN_FUTURE']);
    expect(accessTaskCompletionProblems(open, '2027-13-01', '2027-01-04').map((p) => p.code)).toEqual(['INVALID_DATE']);
    expect(accessTaskCompletionProblems({ ...open, completedOn: '2027-01-02' }, '2027-01-04', '2027-01-04')).toEqual([
      expect.objectContaining({ code: 'ACCESS_TASK_ALREADY_DONE', rule: 'ACC-2' }),
    ]);
    expect(accessTaskCompletionProblems({ ...open, needed: false }, '2027-01-04', '2027-01-04').map((p) => p.code)).toEqual(['ACCESS_TASK_NOT_NEEDED']);
  });

  it('ACC-1–ACC-3: the list of due tasks looks 0 to 366 days ahead', () => {
    expect(accessWithinDaysProblems(0)).toEqual([]);
    expect(accessWithinDaysProblems(366)).toEqual([]);
    expect(accessWithinDaysProblems(367).map((p) => p.code)).toEqual(['ACCESS_WITHIN_DAYS_OUT_OF_RANGE']);
    expect(accessWithinDaysProblems(-1).map((p) => p.code)).toEqual(['ACCESS_WITHIN_DAYS_OUT_OF_RANGE']);
  });
});
