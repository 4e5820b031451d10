import { applicationCsvColumns, changedColumns, readApplicationCsv } from './recruitment-csv';

const HEADER =
  'ansökningsnummer;förnamn;efternamn;personnummer;e-post;telefon;önskad huvudort (Växjö/Ljungby);mottagen (ÅÅÅÅ-MM-DD);underläkarmånader i Sverige;underläkarmånader i regionen;doktorsexamen (ja/nej);forskning;annan utbildning;tidigare anställning i regionen';
const context = {
  siteIdByName: (name: string) => ({ växjö: 'vaxjo', ljungby: 'ljungby' })[name.toLowerCase()],
  siteNames: ['Växjö', 'Ljungby'],
  today: '2026-11-22',
};

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
            acceptsOtherSite: false,
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

  it('REC-1: reads a comma-separated export (Excel outside Sweden) with a byte-order mark and CRLF alike', () => {
    const csv = `\uFEFF${HEADER.replace(/;/g, ',')}\r\n1001,Åsa,Öberg,19121212-1212,,,Växjö,2027-09-10,14,6,nej,"Två artiklar, en i Läkartidningen",,\r\n`;
    const result = readApplicationCsv(csv, context);
    expect(result.errors).toEqual([]);
    expect(result.rows.map(({ line, draft }) => [line, draft.givenName, draft.familyName, draft.merits.researchMerits])).toEqual([
      [2, 'Åsa', 'Öberg', 'Två artiklar, en i Läkartidningen'],
    ]);
    expect(readApplicationCsv(`${HEADER.replace(/;/g, ',')}\n1001,Åsa`, context).errors.map((error) => error.reason)).toEqual([
      'Raden har 2 fält men rubrikraden 14; kontrollera kommatecken och citattecken.',
    ]);
  });

  it('REC-1: maps each heading of the file to its column, hints in parentheses and case aside, and names unknown and missing columns', () => {
    expect(applicationCsvColumns(['Förnamn', 'önskad huvudort (Växjö/Ljungby)', 'Färg'])).toEqual({
      columns: [
        { name: 'Förnamn', key: 'givenName' },
        { name: 'önskad huvudort (Växjö/Ljungby)', key: 'preferredSite' },
        { name: 'Färg', key: undefined },
      ],
      problems: [
        expect.objectContaining({ code: 'CSV_UNKNOWN_COLUMN', field: 'Färg' }),
        ...['ansökningsnummer', 'efternamn', 'personnummer', 'mottagen'].map((field) => expect.objectContaining({ code: 'CSV_COLUMN_MISSING', field })),
        expect.objectContaining({ code: 'CSV_HEADER_EXPECTED' }),
      ],
    });
    expect(applicationCsvColumns(HEADER.split(';')).problems).toEqual([]);
  });

  it('REC-1: diagnoses a tab-separated file (Excel: Text or Unicode-text) and says to save it as CSV UTF-8', () => {
    expect(readApplicationCsv(`${HEADER.replace(/;/g, '\t')}\n1001\tAmira`, context).errors).toEqual([
      {
        line: 1,
        reason: 'Filen är tabbavgränsad (Text eller Unicode-text i Excel). Spara filen som CSV UTF-8 (kommaavgränsad) i Excel och försök igen.',
        problems: [expect.objectContaining({ code: 'CSV_TAB_SEPARATED', rule: 'REC-1' })],
      },
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

describe('REC-8: who also accepts the other main site', () => {
  it('reads the optional column "kan tänka sig annan huvudort" as ja/nej, false when absent', () => {
    const csv = `${HEADER};kan tänka sig annan huvudort\n1001;Amira;Hussein;950314-2383;;;Växjö;2027-09-10;;;;;;;Ja\n1002;Erik;Berg;19121212-1212;;;Ljungby;2027-09-10;;;;;;;kanske\n`;
    const { rows, errors } = readApplicationCsv(csv, context);
    expect(rows.map((row) => row.draft.acceptsOtherSite)).toEqual([true]);
    expect(errors.map((error) => error.problems.map((p) => [p.code, p.field]))).toEqual([[['CSV_YES_NO_INVALID', 'kan tänka sig annan huvudort']]]);
  });
});
