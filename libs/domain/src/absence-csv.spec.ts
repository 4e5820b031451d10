import { AbsenceKind, AbsenceStatus } from './absence-rules';
import { readAbsenceCsv, readExtraHoursCsv } from './absence-csv';

const TODAY = '2026-11-30';
const codes = (errors: { line: number; problems: { code: string }[] }[]) => errors.map(({ line, problems }) => [line, problems.map((item) => item.code)]);

describe('absence import file (ABS-3, read as REC-1 files)', () => {
  it('ABS-3: reads the payroll export with Excel semicolons, kinds in Swedish, omfattning with % and default status beviljad', () => {
    const csv =
      '\uFEFFPersonnummer;Typ;Från;Till;Omfattning (%);Status\r\n199001012385;Semester;2026-07-06;2026-07-31;100;beviljad\r\n900101-2385;sjuk;2026-03-02;2026-03-04;50 %;\r\n';
    expect(readAbsenceCsv(csv, TODAY)).toEqual({
      rows: [
        {
          line: 2,
          row: {
            personalIdentityNumber: '19900101-2385',
            kind: AbsenceKind.VACATION,
            startDate: '2026-07-06',
            endDate: '2026-07-31',
            percent: 100,
            status: AbsenceStatus.APPROVED,
          },
        },
        {
          line: 3,
          row: {
            personalIdentityNumber: '19900101-2385',
            kind: AbsenceKind.SICK_LEAVE,
            startDate: '2026-03-02',
            endDate: '2026-03-04',
            percent: 50,
            status: AbsenceStatus.APPROVED,
          },
        },
      ],
      errors: [],
    });
  });

  it('ABS-3: every kind word of the payroll system and status sökt are read', () => {
    const kinds = ['semester', 'sjuk', 'vab', 'föräldraledig', 'tjänstledig', 'forskning', 'kurs', 'jourkomp'];
    const csv = ['personnummer,typ,från,till,status', ...kinds.map((kind) => `199001012385,${kind},2026-01-01,2026-01-01,sökt`)].join('\n');
    const { rows, errors } = readAbsenceCsv(csv, TODAY);
    expect(errors).toEqual([]);
    expect(rows.map(({ row }) => row.kind)).toEqual([
      AbsenceKind.VACATION,
      AbsenceKind.SICK_LEAVE,
      AbsenceKind.CARE_OF_SICK_CHILD,
      AbsenceKind.PARENTAL_LEAVE,
      AbsenceKind.LEAVE_OF_ABSENCE,
      AbsenceKind.RESEARCH_LEAVE,
      AbsenceKind.EXTERNAL_COURSE,
      AbsenceKind.ON_CALL_COMPENSATION_LEAVE,
    ]);
    expect(rows.every(({ row }) => row.status === AbsenceStatus.APPLIED)).toBe(true);
  });

  it('ABS-3: a bad line is an error with its file line and every problem, in Swedish; the good lines are read', () => {
    const csv = [
      'personnummer;typ;från;till;omfattning;status',
      '199001012381;semestr;2026-13-01;2026-01-02;150;kanske',
      '199001012385;semester;2026-05-10;2026-05-01;;',
      '199001012385;semester;2026-05-01;2026-05-10;;',
    ].join('\n');
    const { rows, errors } = readAbsenceCsv(csv, TODAY);
    expect(codes(errors)).toEqual([
      [2, ['PERSONAL_IDENTITY_NUMBER_CHECKSUM', 'ABSENCE_KIND_UNKNOWN', 'ABSENCE_DATE_INVALID', 'ABSENCE_PERCENT_OUT_OF_RANGE', 'ABSENCE_STATUS_UNKNOWN']],
      [3, ['ABSENCE_DATES_REVERSED']],
    ]);
    expect(errors[0].reason).toContain('Typen "semestr" känns inte igen');
    expect(errors[0].problems.every((item) => item.params?.line === 2)).toBe(true);
    expect(rows.map(({ line }) => line)).toEqual([4]);
  });

  it('REC-1: the shared heading check refuses an unknown or missing column of the absence file', () => {
    const { rows, errors } = readAbsenceCsv('personnummer;typ;från;färg\n199001012385;semester;2026-01-01;röd', TODAY);
    expect(rows).toEqual([]);
    expect(codes(errors)).toEqual([[1, ['CSV_UNKNOWN_COLUMN', 'CSV_COLUMN_MISSING', 'CSV_HEADER_EXPECTED']]]);
  });
});

describe('extra hours import file (ABS-6)', () => {
  it('ABS-6: reads personnummer, månad and timmar with a decimal comma', () => {
    const csv = 'Personnummer;Månad (ÅÅÅÅ-MM);Timmar\n199001012385;2026-09;12,25\n199001012385;2026-10;0';
    expect(readExtraHoursCsv(csv, TODAY)).toEqual({
      rows: [
        { line: 2, row: { personalIdentityNumber: '19900101-2385', month: '2026-09', hours: 12.25 } },
        { line: 3, row: { personalIdentityNumber: '19900101-2385', month: '2026-10', hours: 0 } },
      ],
      errors: [],
    });
  });

  it('ABS-6: the manual entry rule refuses a bad month or hours, named by the file column; the same person and month twice is an error', () => {
    const csv = ['personnummer;månad;timmar', '199001012385;2026-9;12,1', '199001012385;2026-09;-3', '199001012385;2026-09;4', '199001012385;2026-09;5'].join(
      '\n',
    );
    const { rows, errors } = readExtraHoursCsv(csv, TODAY);
    expect(codes(errors)).toEqual([
      [2, ['EXTRA_HOURS_MONTH_INVALID', 'EXTRA_HOURS_INVALID']],
      [3, ['EXTRA_HOURS_INVALID']],
      [5, ['EXTRA_HOURS_MONTH_REPEATED']],
    ]);
    expect(errors[0].problems.map((item) => item.field)).toEqual(['månad', 'timmar']);
    expect(errors[2].reason).toContain('rad 4');
    expect(rows.map(({ line, row }) => [line, row.hours])).toEqual([[4, 4]]);
  });
});
