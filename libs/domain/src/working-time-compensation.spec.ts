import {
  payoutPeriodProblems,
  flexBalanceProblems,
  flexCarryOver,
  onCallBalance,
  onCallHoursProblems,
  onCallSplit,
  onCallSplitProblems,
} from './working-time-compensation';

const h = (hours: number) => hours * 60;

describe('ABS-7 flexitime carry-over', () => {
  it('ABS-7: a balance within +20/−10 h carries over whole', () => {
    expect(flexCarryOver(h(12.5))).toEqual({ closingMinutes: h(12.5), carriedMinutes: h(12.5), cutMinutes: 0 });
    expect(flexCarryOver(h(20))).toEqual({ closingMinutes: h(20), carriedMinutes: h(20), cutMinutes: 0 });
    expect(flexCarryOver(h(-10))).toEqual({ closingMinutes: h(-10), carriedMinutes: h(-10), cutMinutes: 0 });
  });

  it('ABS-7: over +20 h the excess is cut; under −10 h the debt beyond is cut', () => {
    expect(flexCarryOver(h(27.25))).toEqual({ closingMinutes: h(27.25), carriedMinutes: h(20), cutMinutes: h(7.25) });
    expect(flexCarryOver(h(-14))).toEqual({ closingMinutes: h(-14), carriedMinutes: h(-10), cutMinutes: h(-4) });
  });

  it('ABS-7: a balance is quarter hours within ±2000', () => {
    expect(flexBalanceProblems(-3.75)).toEqual([]);
    expect(flexBalanceProblems(1.3)).toEqual([expect.objectContaining({ code: 'COMPENSATION_HOURS_INVALID', rule: 'ABS-7', field: 'hours' })]);
  });
});

describe('ABS-5 on-call compensation', () => {
  it('ABS-5: splits 30 % paid and 70 % leave by default', () => {
    expect(onCallSplit(h(40))).toEqual({ earnedMinutes: h(40), paidMinutes: h(12), leaveMinutes: h(28) });
  });

  it('ABS-5: the split is configurable; the paid part is rounded to whole minutes and the leave is the rest', () => {
    expect(onCallSplit(h(40), 50)).toEqual({ earnedMinutes: h(40), paidMinutes: h(20), leaveMinutes: h(20) });
    expect(onCallSplit(25, 30)).toEqual({ earnedMinutes: 25, paidMinutes: 8, leaveMinutes: 17 });
    expect(onCallSplit(h(10), 0)).toMatchObject({ paidMinutes: 0, leaveMinutes: h(10) });
  });

  it('ABS-5: the balance left for payout at the end of BT is the leave earned over all placements less the leave taken', () => {
    const balance = onCallBalance([
      { earnedMinutes: h(40), takenMinutes: h(20) },
      { earnedMinutes: h(20), takenMinutes: h(4) },
    ]);
    expect(balance).toEqual({ earnedMinutes: h(60), paidMinutes: h(18), leaveMinutes: h(42), takenMinutes: h(24), leftMinutes: h(18) });
  });

  it('ABS-5: refuses a split outside 0–100 and leave taken beyond what was earned', () => {
    expect(onCallSplitProblems(30)).toEqual([]);
    for (const percent of [-1, 101, 12.5]) expect(onCallSplitProblems(percent).map((p) => p.code)).toEqual(['ON_CALL_SPLIT_INVALID']);
    const over = onCallBalance([{ earnedMinutes: h(10), takenMinutes: h(8) }]);
    expect(onCallHoursProblems({ earnedHours: 10, takenLeaveHours: 8 }, over)).toEqual([
      expect.objectContaining({ code: 'ON_CALL_LEAVE_EXCEEDS_EARNED', rule: 'ABS-5', field: 'takenLeaveHours', params: { takenHours: 8, leaveHours: 7 } }),
    ]);
    expect(onCallHoursProblems({ earnedHours: -1, takenLeaveHours: 0 }).map((p) => p.field)).toEqual(['earnedHours']);
  });
});

describe('ABS-5 the payout list’s period', () => {
  it('ABS-5: a period may be one day; reversed it is refused', () => {
    expect(payoutPeriodProblems('2027-01-11', '2027-01-11')).toEqual([]);
    expect(payoutPeriodProblems('2027-02-01', '2027-01-01')).toEqual([expect.objectContaining({ code: 'PAYOUT_PERIOD_REVERSED', field: 'endingFrom' })]);
  });
});
