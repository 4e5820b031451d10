/** @jest-environment node */
import { blockGrid } from './block-grid-layout';

describe('the block schedule grid (EDU-5, ABS-4)', () => {
  const rows = [
    {
      periods: [
        { kind: 'INTRODUCTION', startDate: '2027-01-18', endDate: '2027-02-17' },
        { kind: 'INTERNAL_MEDICINE', startDate: '2027-02-18', endDate: '2027-04-17' },
      ],
    },
    { periods: [{ kind: 'VACATION', startDate: '2027-06-01', endDate: '2027-06-30' }] },
  ];

  it('EDU-5: spans the months from the first period of any row to the last', () => {
    expect(blockGrid(rows).months.map((month) => month.start)).toEqual(['2027-01-01', '2027-02-01', '2027-03-01', '2027-04-01', '2027-05-01', '2027-06-01']);
    expect(blockGrid([{ periods: [] }])).toEqual({ months: [], cells: [[]] });
  });

  it('EDU-5: places the periods in a month by their days, and leaves months without a period empty', () => {
    const { cells } = blockGrid(rows);
    const february = cells[0][1];
    expect(february.map((segment) => segment.period.kind)).toEqual(['INTRODUCTION', 'INTERNAL_MEDICINE']);
    expect(february[0]).toMatchObject({ offset: 0 });
    expect(february[0].share).toBeCloseTo(17 / 28, 5);
    expect(february[1].offset).toBeCloseTo(17 / 28, 5);
    expect(february[1].share).toBeCloseTo(11 / 28, 5);
    // the introduction starts on 18 January: the month's first 17 days stay empty
    expect(cells[0][0][0].offset).toBeCloseTo(17 / 31, 5);
    expect(cells[0][0][0].share).toBeCloseTo(14 / 31, 5);
    expect(cells[0][5]).toEqual([]);
    expect(cells[1][5]).toEqual([{ period: rows[1].periods[0], offset: 0, share: 1 }]);
  });
});
