import { employmentEndDate } from './cohort';
import { PlacementKind } from './placement-schedule';
import { EmploymentForm, RegionPart, SiteCode, UnitKind } from './organisation';
import {
  confirmationProblems,
  draftTrainingPlan,
  periodMonths,
  placementUnitProblems,
  planEndDate,
  planReasonProblems,
  plannedVacationProblems,
  PlanCheckSeverity,
  splitProblems,
  traineesToDraftAtEmployment,
  trainingPlanFindings,
  type PlanPeriod,
  type PlanTemplate,
} from './training-plan-rules';

const KRONOBERG: PlanTemplate = {
  placements: [
    { kind: PlacementKind.INTRODUCTION, months: 1 },
    { kind: PlacementKind.INTERNAL_MEDICINE, months: 2 },
    { kind: PlacementKind.SURGERY, months: 2 },
    { kind: PlacementKind.PSYCHIATRY, months: 2 },
    { kind: PlacementKind.PRIMARY_CARE, months: 4 },
  ],
  summerVacation: { startWeek: 27, weeks: 4 },
};

const codes = (periods: PlanPeriod[], start = '2027-01-18', end = employmentEndDate('2027-01-18')) =>
  trainingPlanFindings(periods, start, end).map((f) => [f.code, f.severity, f.rule]);

describe('training plan draft from the template', () => {
  const start = '2027-01-18';
  const end = employmentEndDate(start);

  it('EDU-1: the template order and months, the last placement ending with the employment', () => {
    const plan = draftTrainingPlan(KRONOBERG, start, end);
    expect(plan.map((p) => p.kind)).toEqual([
      PlacementKind.INTRODUCTION,
      PlacementKind.INTERNAL_MEDICINE,
      PlacementKind.SURGERY,
      PlacementKind.PSYCHIATRY,
      'VACATION',
      PlacementKind.PSYCHIATRY,
      PlacementKind.PRIMARY_CARE,
    ]);
    expect(plan[0]).toEqual({ kind: PlacementKind.INTRODUCTION, startDate: start, endDate: '2027-02-17' });
    expect(plan[1]).toEqual({ kind: PlacementKind.INTERNAL_MEDICINE, startDate: '2027-02-18', endDate: '2027-04-17' });
    expect(plan.at(-1)!.endDate).toBe(end);
  });

  it('ABS-4: four consecutive weeks of summer vacation; the placement they fall in continues after them', () => {
    const plan = draftTrainingPlan(KRONOBERG, start, end);
    const vacation = plan.find((p) => p.kind === 'VACATION')!;
    expect(vacation).toEqual({ kind: 'VACATION', startDate: '2027-07-05', endDate: '2027-08-01' });
    expect(plan[3].endDate).toBe('2027-07-04');
    expect(plan[5].startDate).toBe('2027-08-02');
    expect(periodMonths(plan[3].startDate, plan[3].endDate) + periodMonths(plan[5].startDate, plan[5].endDate)).toBeCloseTo(2, 0);
  });

  it('ABS-4: an autumn start has its vacation in the next summer', () => {
    const autumn = '2027-09-06';
    const vacation = draftTrainingPlan(KRONOBERG, autumn, employmentEndDate(autumn)).find((p) => p.kind === 'VACATION')!;
    expect(vacation.startDate).toBe('2028-07-03');
  });

  it('EDU-1, ABS-1: the draft passes every check', () => {
    expect(trainingPlanFindings(draftTrainingPlan(KRONOBERG, start, end), start, end)).toEqual([]);
  });

  it('EDU-1: the template is data: another order gives another plan', () => {
    const other = { ...KRONOBERG, placements: [...KRONOBERG.placements].reverse() };
    expect(draftTrainingPlan(other, start, end)[0].kind).toBe(PlacementKind.PRIMARY_CARE);
  });
});

describe('training plan checks', () => {
  const full = (kind: PlacementKind, startDate: string, endDate: string): PlanPeriod => ({ kind, startDate, endDate });
  // ABS-4: the summer's vacation interrupts psychiatry, which continues after it
  const summer: PlanPeriod[] = [
    { kind: 'VACATION', startDate: '2027-07-05', endDate: '2027-08-01' },
    full(PlacementKind.PSYCHIATRY, '2027-08-02', '2027-08-17'),
  ];
  const good: PlanPeriod[] = [
    full(PlacementKind.INTRODUCTION, '2027-01-18', '2027-02-17'),
    full(PlacementKind.INTERNAL_MEDICINE, '2027-02-18', '2027-04-17'),
    full(PlacementKind.SURGERY, '2027-04-18', '2027-06-17'),
    full(PlacementKind.PSYCHIATRY, '2027-06-18', '2027-07-04'),
    full(PlacementKind.PRIMARY_CARE, '2027-08-18', '2028-01-17'),
    ...summer,
  ];

  it('EDU-1: months of a period in calendar months', () => {
    expect(periodMonths('2027-01-18', '2027-04-17')).toBe(3);
    expect(periodMonths('2027-01-01', '2027-01-15')).toBe(0.5);
  });

  it('EDU-1: less than 3 months of acute care blocks confirmation (HSLF-FS 2021:8)', () => {
    const plan = [...good];
    plan[2] = full(PlacementKind.PSYCHIATRY, '2027-04-18', '2027-06-17');
    expect(codes(plan)).toEqual([['PLAN_ACUTE_CARE_TOO_SHORT', PlanCheckSeverity.BLOCKS_CONFIRMATION, 'EDU-1']]);
  });

  it('EDU-1: less than 3 months of primary care blocks confirmation (HSLF-FS 2021:8)', () => {
    const plan = [...good];
    plan[4] = full(PlacementKind.SURGERY, '2027-08-18', '2028-01-17');
    expect(codes(plan)).toEqual([['PLAN_PRIMARY_CARE_TOO_SHORT', PlanCheckSeverity.BLOCKS_CONFIRMATION, 'EDU-1']]);
  });

  it('ABS-1: less than 6 months of clinical service blocks confirmation', () => {
    const plan: PlanPeriod[] = [
      full(PlacementKind.INTERNAL_MEDICINE, '2027-01-18', '2027-04-17'),
      { kind: 'VACATION', startDate: '2027-04-18', endDate: '2027-11-17' },
      full(PlacementKind.PRIMARY_CARE, '2027-11-18', '2028-01-17'),
    ];
    expect(codes(plan)).toContainEqual(['PLAN_CLINICAL_SERVICE_TOO_SHORT', PlanCheckSeverity.BLOCKS_CONFIRMATION, 'ABS-1']);
    expect(codes(good).map(([code]) => code)).not.toContain('PLAN_CLINICAL_SERVICE_TOO_SHORT');
  });

  it('EDU-1: overlapping periods are refused', () => {
    const plan = [...good, full(PlacementKind.SURGERY, '2027-04-10', '2027-04-20')];
    expect(codes(plan)).toContainEqual(['PLAN_PERIODS_OVERLAP', PlanCheckSeverity.REFUSE, 'EDU-1']);
  });

  it('EDU-1: a gap needs a reason; planned vacation is no gap', () => {
    const withGap = [...good];
    withGap[1] = full(PlacementKind.INTERNAL_MEDICINE, '2027-02-25', '2027-04-17');
    const finding = trainingPlanFindings(withGap, '2027-01-18', employmentEndDate('2027-01-18'))[0];
    expect([finding.code, finding.severity, finding.params]).toEqual(['PLAN_GAP', PlanCheckSeverity.NEEDS_REASON, { from: '2027-02-18', to: '2027-02-24' }]);
    expect(codes([...withGap, { kind: 'VACATION', startDate: '2027-02-18', endDate: '2027-02-24' }])).toEqual([]);
  });

  it('EMP-1: a period outside the employment is refused', () => {
    expect(codes([...good, full(PlacementKind.PRIMARY_CARE, '2028-01-18', '2028-02-17')])).toContainEqual([
      'PLAN_PERIOD_OUTSIDE_EMPLOYMENT',
      PlanCheckSeverity.REFUSE,
      'EMP-1',
    ]);
  });

  it('EDU-5: a period ending before it starts is refused', () => {
    expect(codes([...good.slice(0, 4), ...summer, full(PlacementKind.PRIMARY_CARE, '2028-01-17', '2027-08-18')])[0]).toEqual([
      'PLAN_PERIOD_ENDS_BEFORE_START',
      PlanCheckSeverity.REFUSE,
      'EDU-5',
    ]);
  });

  it('EDU-1: a plan not covering the employment needs a reason; an empty plan is flagged on every count', () => {
    expect(codes([...good.slice(0, 4), ...summer, full(PlacementKind.PRIMARY_CARE, '2027-08-18', '2027-12-31')])).toEqual([
      ['PLAN_NOT_COVERING_EMPLOYMENT', PlanCheckSeverity.NEEDS_REASON, 'EDU-1'],
    ]);
    expect(codes([]).map(([code]) => code)).toEqual([
      'PLAN_NOT_COVERING_EMPLOYMENT',
      'PLAN_PRIMARY_CARE_TOO_SHORT',
      'PLAN_ACUTE_CARE_TOO_SHORT',
      'PLAN_CLINICAL_SERVICE_TOO_SHORT',
      'PLAN_SUMMER_VACATION_MISSING',
    ]);
  });
});

describe('confirming and splitting', () => {
  const gap = { ...problemOf('PLAN_GAP'), severity: PlanCheckSeverity.NEEDS_REASON };
  const short = { ...problemOf('PLAN_ACUTE_CARE_TOO_SHORT'), severity: PlanCheckSeverity.BLOCKS_CONFIRMATION };
  function problemOf(code: string) {
    return { code, message: code, rule: 'EDU-1' };
  }

  it('EDU-1: a plan below the regulation cannot be confirmed, not even with a reason', () => {
    expect(confirmationProblems([short, gap], 'Skäl').map((p) => p.code)).toEqual(['PLAN_ACUTE_CARE_TOO_SHORT']);
  });

  it('EDU-2: a deviation is confirmed only with a reason', () => {
    expect(confirmationProblems([gap], '  ').map((p) => [p.code, p.field])).toEqual([['PLAN_DEVIATION_REASON_MISSING', 'reason']]);
    expect(confirmationProblems([gap], 'Forskningsvecka')).toEqual([]);
    expect(confirmationProblems([], undefined)).toEqual([]);
  });

  it('EDU-5: a placement splits only within itself, after its first day', () => {
    expect(splitProblems('2027-02-01', '2027-03-31', '2027-03-01')).toEqual([]);
    expect(splitProblems('2027-02-01', '2027-03-31', '2027-03-31')).toEqual([]);
    expect(splitProblems('2027-02-01', '2027-03-31', '2027-02-01').map((p) => p.code)).toEqual(['SPLIT_DATE_OUTSIDE_PLACEMENT']);
    expect(splitProblems('2027-02-01', '2027-03-31', '2027-04-01').map((p) => p.code)).toEqual(['SPLIT_DATE_OUTSIDE_PLACEMENT']);
  });
});

describe('planned vacation added or moved (ABS-4, EMP-1)', () => {
  const employment = ['2027-01-18', '2028-01-17'] as const;
  const summer = { startDate: '2027-07-05', endDate: '2027-08-01' };
  const check = (vacation: { startDate: string; endDate: string }, others = [summer], prefix?: string) =>
    plannedVacationProblems(vacation, others, ...employment, prefix).map((p) => [p.code, p.rule, p.field]);

  it('ABS-4: a week in the autumn beside the summer vacation is allowed', () => {
    expect(check({ startDate: '2027-10-25', endDate: '2027-10-31' })).toEqual([]);
    expect(check({ startDate: '2027-08-02', endDate: '2027-08-02' })).toEqual([]);
  });

  it('ABS-4: a vacation ending before it starts is refused, and nothing more is said of it', () => {
    expect(check({ startDate: '2027-10-31', endDate: '2027-10-25' })).toEqual([['VACATION_ENDS_BEFORE_START', 'ABS-4', 'input.endDate']]);
  });

  it('EMP-1: a vacation outside the employment is refused', () => {
    expect(check({ startDate: '2027-01-11', endDate: '2027-01-20' })).toEqual([['VACATION_OUTSIDE_EMPLOYMENT', 'EMP-1', 'input.startDate']]);
    expect(check({ startDate: '2028-01-10', endDate: '2028-01-18' })).toEqual([['VACATION_OUTSIDE_EMPLOYMENT', 'EMP-1', 'input.startDate']]);
  });

  it('ABS-4: a vacation sharing a day with another is refused, naming it; dates given as arguments of their own are named so', () => {
    const problems = plannedVacationProblems({ startDate: '2027-08-01', endDate: '2027-08-07' }, [summer], ...employment);
    expect(problems.map((p) => [p.code, p.params])).toEqual([
      ['VACATION_OVERLAPS_VACATION', { startDate: '2027-08-01', endDate: '2027-08-07', otherStart: '2027-07-05', otherEnd: '2027-08-01' }],
    ]);
    expect(check({ startDate: '2027-07-01', endDate: '2027-08-10' }, [summer], '')).toEqual([['VACATION_OVERLAPS_VACATION', 'ABS-4', 'startDate']]);
    expect(check({ startDate: '2027-07-01', endDate: '2027-08-10' }, [])).toEqual([]);
  });
});

describe('reasons', () => {
  it('EDU-2: a reason is optional visible text of at most 1000 characters', () => {
    expect(planReasonProblems(undefined)).toEqual([]);
    expect(planReasonProblems('Forskningsvecka i mars')).toEqual([]);
    expect(planReasonProblems('x'.repeat(1001)).map((p) => [p.code, p.field])).toEqual([['TEXT_TOO_LONG', 'reason']]);
  });
});

describe('a placement’s unit (EDU-2)', () => {
  const unit = (kind: UnitKind, siteCode: SiteCode, regionPart: RegionPart | null = null) => ({ kind, siteCode, regionPart });

  it('EDU-2: the template’s units need no reason', () => {
    expect(placementUnitProblems(PlacementKind.SURGERY, unit(UnitKind.SURGERY, SiteCode.LJUNGBY), SiteCode.LJUNGBY, null)).toEqual([]);
    expect(placementUnitProblems(PlacementKind.PSYCHIATRY, unit(UnitKind.PSYCHIATRY, SiteCode.VAXJO), SiteCode.LJUNGBY, null)).toEqual([]);
    expect(placementUnitProblems(PlacementKind.PRIMARY_CARE, unit(UnitKind.PRIMARY_CARE, SiteCode.VAXJO, RegionPart.EAST), SiteCode.VAXJO, null)).toEqual([]);
    expect(placementUnitProblems(PlacementKind.INTERNAL_MEDICINE, unit(UnitKind.EMERGENCY, SiteCode.VAXJO), SiteCode.VAXJO, null)).toEqual([]);
  });

  it('EDU-2: a unit of another kind is refused', () => {
    expect(
      placementUnitProblems(PlacementKind.SURGERY, unit(UnitKind.PSYCHIATRY, SiteCode.VAXJO), SiteCode.VAXJO, 'Skäl').map((p) => [p.code, p.rule]),
    ).toEqual([['PLACEMENT_UNIT_KIND_MISMATCH', 'EDU-2']]);
  });

  it('EDU-2: another site or part of the region is a deviation, allowed with a reason', () => {
    const west = unit(UnitKind.PRIMARY_CARE, SiteCode.LJUNGBY, RegionPart.WEST);
    expect(placementUnitProblems(PlacementKind.PRIMARY_CARE, west, SiteCode.VAXJO, ' ').map((p) => [p.code, p.field])).toEqual([
      ['PLACEMENT_DEVIATION_REASON_MISSING', 'reason'],
    ]);
    expect(placementUnitProblems(PlacementKind.PRIMARY_CARE, west, SiteCode.VAXJO, 'Bor i Markaryd')).toEqual([]);
    expect(placementUnitProblems(PlacementKind.SURGERY, unit(UnitKind.SURGERY, SiteCode.VAXJO), SiteCode.LJUNGBY, null).map((p) => p.code)).toEqual([
      'PLACEMENT_DEVIATION_REASON_MISSING',
    ]);
  });
});

describe('the period a plan covers (EMP-1)', () => {
  it('EMP-1: a separate BT the whole employment; an integrated BT its first 12 months of the ST employment', () => {
    expect(planEndDate(EmploymentForm.SEPARATE, '2027-01-18', '2028-03-31')).toBe('2028-03-31');
    expect(planEndDate(EmploymentForm.INTEGRATED, '2027-01-18', '2032-01-17')).toBe(employmentEndDate('2027-01-18'));
    expect(planEndDate(EmploymentForm.INTEGRATED, '2027-01-18', '2027-10-31')).toBe('2027-10-31');
  });
});

describe('summer vacation (ABS-4)', () => {
  const start = '2027-01-18';
  const end = employmentEndDate(start);
  const draft = () => draftTrainingPlan(KRONOBERG, start, end);

  it('ABS-4: a plan without four consecutive weeks of vacation in the summer needs a reason', () => {
    const withoutVacation = draft().filter((p) => p.kind !== 'VACATION');
    const found = trainingPlanFindings(withoutVacation, start, end).find((f) => f.code === 'PLAN_SUMMER_VACATION_MISSING')!;
    expect([found.severity, found.rule, found.params]).toEqual([PlanCheckSeverity.NEEDS_REASON, 'ABS-4', { year: '2027' }]);
    const threeWeeks = draft().map((p) => (p.kind === 'VACATION' ? { ...p, endDate: '2027-07-25' } : p));
    expect(codes(threeWeeks, start, end).map(([code]) => code)).toContain('PLAN_SUMMER_VACATION_MISSING');
    expect(codes(draft(), start, end)).toEqual([]);
  });

  it('ABS-4: an employment that spans no whole summer needs no summer vacation', () => {
    const plan: PlanPeriod[] = [
      { kind: PlacementKind.INTERNAL_MEDICINE, startDate: '2027-09-01', endDate: '2027-11-30' },
      { kind: PlacementKind.PRIMARY_CARE, startDate: '2027-12-01', endDate: '2028-02-29' },
    ];
    expect(codes(plan, '2027-09-01', '2028-02-29')).toEqual([]);
  });
});

describe('the draft made at employment (EDU-5)', () => {
  it('EDU-5: drafts for a trainee still employed without a plan, never for one with a plan or whose employment has ended', () => {
    const trainees = [
      { traineeId: 'new', employed: true },
      { traineeId: 'planned', employed: true },
      { traineeId: 'left', employed: false },
    ];
    expect(traineesToDraftAtEmployment(trainees, new Set(['planned']))).toEqual([{ traineeId: 'new', employed: true }]);
    expect(traineesToDraftAtEmployment(trainees, new Set(['new', 'planned']))).toEqual([]);
  });
});
