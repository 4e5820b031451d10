import {
  addMonths,
  btStartDate,
  cohortName,
  employmentEndDate,
  isIsoDate,
  isValidGoalLevel,
  luhnCheckDigit,
  maskPersonalIdentityNumber,
  mondayOfIsoWeek,
  parsePersonalIdentityNumber,
  placementLocation,
  planBtSchedule,
  scheduleCoverage,
  BT_GOALS,
  PlacementKind,
  RegionPart,
  SiteCode,
  UnitKind,
} from './index';

const today = new Date('2026-11-22T12:00:00Z');

describe('ISO dates', () => {
  it('validates real calendar dates only', () => {
    expect(isIsoDate('2027-02-28')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2027-2-1')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2027-04-31')).toBe(false);
    expect(isIsoDate('2027-12-31')).toBe(true);
    expect(isIsoDate('2027-13-01')).toBe(false);
    expect(isIsoDate('2027-00-10')).toBe(false);
    expect(isIsoDate('2027-01-00')).toBe(false);
  });

  it('adds months, clamping to the end of shorter months', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2027-01-18', 12)).toBe('2028-01-18');
  });

  it('finds the Monday of an ISO week', () => {
    expect(mondayOfIsoWeek(2027, 1)).toBe('2027-01-04');
    expect(mondayOfIsoWeek(2026, 1)).toBe('2025-12-29');
  });
});

describe('REC-1 / EMP-1 start, end and cohort name', () => {
  it('REC-1: BT starts on the Monday of ISO week 3', () => {
    expect(btStartDate(2025)).toBe('2025-01-13');
    expect(btStartDate(2026)).toBe('2026-01-12');
    expect(btStartDate(2027)).toBe('2027-01-18');
  });

  it('EMP-1: fixed-term employment of 12 months ends the day before the anniversary', () => {
    expect(employmentEndDate('2027-01-18')).toBe('2028-01-17');
  });

  it('names a cohort by term, year and site', () => {
    expect(cohortName('2027-01-18', 'Växjö')).toBe('VT 2027 Växjö');
    expect(cohortName('2027-08-23', 'Ljungby')).toBe('HT 2027 Ljungby');
  });
});

describe('personal identity numbers', () => {
  it('accepts a valid number in 10 or 12 digits and normalises it', () => {
    expect(parsePersonalIdentityNumber('19121212-1212', today)).toEqual({ valid: true, normalized: '19121212-1212' });
    expect(parsePersonalIdentityNumber('121212+1212', today)).toEqual({ valid: true, normalized: '19121212-1212' });
    expect(parsePersonalIdentityNumber('9001011239', today)).toEqual({ valid: true, normalized: '19900101-1239' });
  });

  it('rejects a wrong check digit, a bad date and a bad format with a reason', () => {
    expect(parsePersonalIdentityNumber('19121212-1213', today)).toMatchObject({ valid: false, reason: expect.stringMatching(/kontrollsiffra/) });
    expect(parsePersonalIdentityNumber('abc', today)).toMatchObject({ valid: false, reason: expect.stringMatching(/ÅÅÅÅMMDD/) });
    const nine = '901332123';
    expect(parsePersonalIdentityNumber(`19${nine}${luhnCheckDigit(nine)}`, today)).toMatchObject({ reason: expect.stringMatching(/datum/) });
  });

  it('accepts co-ordination numbers (day + 60)', () => {
    const nine = '900171123';
    expect(parsePersonalIdentityNumber(`19${nine}${luhnCheckDigit(nine)}`, today)).toMatchObject({ valid: true });
  });

  it('masks the last four digits', () => {
    expect(maskPersonalIdentityNumber('19121212-1212')).toBe('19121212-****');
  });
});

describe('EDU-1 / EDU-2 placement schedule', () => {
  it('EDU-1: 12 months in the Kronoberg order, starting and ending in primary care', () => {
    const periods = planBtSchedule('2027-01-18', 0);
    expect(periods.map((p) => [p.kind, p.months])).toEqual([
      [PlacementKind.INTRODUCTION, 1],
      [PlacementKind.INTERNAL_MEDICINE, 2],
      [PlacementKind.SURGERY, 2],
      ['VACATION', 1],
      [PlacementKind.PSYCHIATRY, 2],
      [PlacementKind.PRIMARY_CARE, 4],
    ]);
    expect(periods[0].startDate).toBe('2027-01-18');
    expect(periods[5].endDate).toBe(employmentEndDate('2027-01-18'));
    for (let i = 1; i < periods.length; i += 1) {
      expect(periods[i].startDate > periods[i - 1].endDate).toBe(true);
    }
  });

  it('EDU-1: at least 3 months of acute care and 3 of primary care, whatever the rotation', () => {
    for (let rotation = 0; rotation < 6; rotation += 1) {
      const coverage = scheduleCoverage(planBtSchedule('2027-01-18', rotation));
      expect(coverage.acuteMonths).toBeGreaterThanOrEqual(3);
      expect(coverage.primaryCareMonths).toBeGreaterThanOrEqual(3);
    }
  });

  it('EDU-1: rotations spread a cohort over the clinics', () => {
    const secondPeriods = [0, 1, 2].map((r) => planBtSchedule('2027-01-18', r)[1].kind);
    expect(new Set(secondPeriods).size).toBe(3);
  });

  it('EDU-2: inpatient care at the main site, psychiatry in Växjö, primary care east or west', () => {
    expect(placementLocation(PlacementKind.SURGERY, SiteCode.LJUNGBY)).toEqual({ unitKind: UnitKind.SURGERY, site: SiteCode.LJUNGBY });
    expect(placementLocation(PlacementKind.PSYCHIATRY, SiteCode.LJUNGBY)).toEqual({ unitKind: UnitKind.PSYCHIATRY, site: SiteCode.VAXJO });
    expect(placementLocation(PlacementKind.PRIMARY_CARE, SiteCode.VAXJO).regionPart).toBe(RegionPart.EAST);
    expect(placementLocation(PlacementKind.INTRODUCTION, SiteCode.LJUNGBY).regionPart).toBe(RegionPart.WEST);
  });
});

describe('goals', () => {
  it('has the 18 goals BT1–BT18 in order', () => {
    expect(BT_GOALS.map((g) => g.code)).toEqual(Array.from({ length: 18 }, (_, i) => `BT${i + 1}`));
  });

  it('EDU-11: levels are whole numbers 0–5', () => {
    expect([0, 5].every(isValidGoalLevel)).toBe(true);
    expect([-1, 6, 2.5].some(isValidGoalLevel)).toBe(false);
  });
});
