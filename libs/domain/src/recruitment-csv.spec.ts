import { changedColumns, parseCsv, readApplicationCsv } from './recruitment-csv';

const HEADER =
  'ansökningsnummer;förnamn;efternamn;personnummer;e-post;telefon;önskad huvudort (Växjö/Ljungby);mottagen (ÅÅÅÅ-MM-DD);underläkarmånader i Sverige;underläkarmånader i regionen;doktorsexamen (ja/nej);forskning;annan utbildning;tidigare anställning i regionen';
const context = {
  siteIdByName: (name: string) => ({ växjö: 'vaxjo', ljungby: 'ljungby' })[name.toLowerCase()],
  siteNames: ['Växjö', 'Ljungby'],
  today: '2026-11-22',
};

describe('CSV parsing', () => {
  it('reads semicolon fields, quoted fields with separators, doubled quotes and line breaks, CRLF and a BOM, and skips blank lines', () => {
    const text = '\uFEFFa;b;c\r\n1;"x; y";"säger ""hej"""\r\n\r\n2;"två\nrader";\n';
    expect(parseCsv(text)).toEqual({
      records: [
        { line: 1, fields: ['a', 'b', 'c'] },
        { line: 2, fields: ['1', 'x; y', 'säger "hej"'] },
        { line: 4, fields: ['2', 'två\nrader', ''] },
      ],
      problems: [],
    });
  });

  it('REC-1: reports a quote left open on the line its record starts', () => {
    expect(parseCsv('a;b\n1;"oj\n2;3\n').problems).toEqual([
      {
        line: 2,
        reason: expect.stringMatching(/stängs aldrig/),
        problems: [expect.objectContaining({ code: 'CSV_QUOTE_NOT_CLOSED', rule: 'REC-1', params: { line: 2 } })],
      },
    ]);
  });
});

describe('REC-1: reading the job portal export', () => {
  it('turns each valid row into a draft with merits (REC-5) and a normalised personal identity number', () => {
    const csv = `${HEADER}\n1001;Amira;Hussein;950314-2383;amira@example.se;070-1234567;växjö;2027-09-10;14;6;ja;"Två artiklar; en i Läkartidningen";;AT i Växjö\n`;
    expect(readApplicationCsv(csv, context)).toEqual({
      rows: [
        {
          line: 2,
          draft: {
            externalId: '1001',
            givenName: 'Amira',
            familyName: 'Hussein',
            email: 'amira@example.se',
            phone: '070-1234567',
            personalIdentityNumber: '19950314-2383',
            preferredSiteId: 'vaxjo',
            receivedAt: '2027-09-10',
            merits: {
              underlakareMonthsSweden: 14,
              underlakareMonthsRegion: 6,
              doctoralDegree: true,
              researchMerits: 'Två artiklar; en i Läkartidningen',
              otherHigherEducation: null,
              earlierEmploymentInRegion: 'AT i Växjö',
            },
          },
        },
      ],
      errors: [],
    });
  });

  it('REC-1, REC-5: reports each failing row once, with its file line and every problem (code, column), and keeps the valid rows', () => {
    const csv = [
      HEADER,
      '1001;Amira;Hussein;19121212-1212;;;Växjö;2027-09-10;;;;;;',
      '"1002";;Berg;19121212-1213;;;Kalmar;2027-09-31;tolv;;kanske;;;',
      '1003;Erik;Ek;19121212-1212',
    ].join('\n');
    const result = readApplicationCsv(csv, context);
    expect(result.rows.map((row) => [row.line, row.draft.externalId])).toEqual([[2, '1001']]);
    expect(result.errors.map((error) => [error.line, error.reason])).toEqual([
      [
        3,
        [
          'Doktorsexamen ska vara ja eller nej, inte "kanske".',
          'Önskad huvudort "Kalmar" finns inte; ange Växjö eller Ljungby.',
          'Förnamnet (förnamn) får inte vara tomt.',
          'Personnumrets kontrollsiffra stämmer inte.',
          'Mottagningsdatumet (mottagen) "2027-09-31" är inget giltigt datum (ÅÅÅÅ-MM-DD).',
          'Underläkarmånader i Sverige ska vara hela månader 0–600.',
        ].join(' '),
      ],
      [4, 'Raden har 4 fält men rubrikraden 14; kontrollera semikolon och citattecken.'],
    ]);
    expect(result.errors[0].problems.map(({ code, rule, field, params }) => [code, rule, field, params?.line])).toEqual([
      ['CSV_YES_NO_INVALID', undefined, 'doktorsexamen', 3],
      ['SITE_UNKNOWN', 'REC-2', 'önskad huvudort', 3],
      ['TEXT_REQUIRED', undefined, 'förnamn', 3],
      ['PERSONAL_IDENTITY_NUMBER_INVALID', undefined, 'personnummer', 3],
      ['DATE_INVALID', undefined, 'mottagen', 3],
      ['MERIT_MONTHS_INVALID', 'REC-5', 'underläkarmånader i sverige', 3],
    ]);
    expect(result.errors[1].problems).toEqual([
      expect.objectContaining({ code: 'CSV_FIELD_COUNT', rule: 'REC-1', params: { fields: 4, columns: 14, line: 4 } }),
    ]);
  });

  it('REC-1: refuses the whole file at line 1 when a required column is missing or a column is unknown', () => {
    const refused = readApplicationCsv('ansökningsnummer;förnamn;efternamn;personnummer;färg\n1;a;b;c;d', context);
    expect(refused.rows).toEqual([]);
    expect(refused.errors).toEqual([
      {
        line: 1,
        reason: expect.stringMatching(/^Okänd kolumn "färg"\. Kolumnen "önskad huvudort" saknas\. Kolumnen "mottagen" saknas\. Rubrikraden ska ha/),
        problems: [
          expect.objectContaining({ code: 'CSV_UNKNOWN_COLUMN', field: 'färg' }),
          expect.objectContaining({ code: 'CSV_COLUMN_MISSING', field: 'önskad huvudort' }),
          expect.objectContaining({ code: 'CSV_COLUMN_MISSING', field: 'mottagen' }),
          expect.objectContaining({ code: 'CSV_HEADER_EXPECTED', rule: 'REC-1' }),
        ],
      },
    ]);
    expect(readApplicationCsv('', context).errors).toEqual([
      { line: 1, reason: expect.stringMatching(/tom/), problems: [expect.objectContaining({ code: 'CSV_EMPTY' })] },
    ]);
  });

  it('tells an unchanged row from a changed one, column by column', () => {
    const csv = `${HEADER}\n1001;Amira;Hussein;19121212-1212;;;Växjö;2027-09-10;14;6;nej;;;\n`;
    const [{ draft }] = readApplicationCsv(csv, context).rows;
    expect(changedColumns(draft, { ...draft, merits: { ...draft.merits } })).toEqual([]);
    expect(changedColumns(draft, { ...draft, email: 'ny@example.se', merits: { ...draft.merits, underlakareMonthsSweden: 15 } })).toEqual([
      'e-post',
      'underläkarmånader i sverige',
    ]);
  });
});
