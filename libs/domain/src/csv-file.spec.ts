import { decodeCsvFile, parseCsv } from './csv-file';

const HEADER = 'ansökningsnummer;förnamn;efternamn';
const bytes = (text: string, encoding: BufferEncoding) => new Uint8Array(Buffer.from(text, encoding));

describe('REC-1: decoding an import file as Excel saves it', () => {
  it('reads UTF-8 without a byte-order mark', () => {
    expect(decodeCsvFile(bytes(`${HEADER}\n1;Åsa;Öberg`, 'utf8'))).toEqual({ text: `${HEADER}\n1;Åsa;Öberg`, encoding: 'utf-8', problems: [] });
  });

  it('reads UTF-8 with a byte-order mark (Excel: CSV UTF-8) and drops the mark', () => {
    expect(decodeCsvFile(bytes(`\uFEFF${HEADER}\n1;Åsa;Öberg`, 'utf8'))).toEqual({ text: `${HEADER}\n1;Åsa;Öberg`, encoding: 'utf-8-bom', problems: [] });
  });

  it('reads Windows-1252 (Excel: CSV semikolonavgränsad on Swedish Windows): å ä ö, the en dash and the euro sign are single bytes', () => {
    const file = Buffer.concat([Buffer.from(`${HEADER}\r\n1;Åsa;Öberg-Lindström\r\n2;Märta;Ek `, 'latin1'), Buffer.from([0x96, 0x20, 0x80])]);
    expect(decodeCsvFile(new Uint8Array(file))).toEqual({
      text: `${HEADER}\r\n1;Åsa;Öberg-Lindström\r\n2;Märta;Ek – €`,
      encoding: 'windows-1252',
      problems: [],
    });
  });

  it('diagnoses UTF-16 text (Excel: Unicode-text), with or without its byte-order mark, and says to save as CSV UTF-8', () => {
    for (const file of [Buffer.from(`\uFEFF${HEADER}`, 'utf16le'), Buffer.from(HEADER, 'utf16le'), Buffer.from(HEADER, 'utf16le').swap16()]) {
      expect(decodeCsvFile(new Uint8Array(file)).problems).toEqual([
        expect.objectContaining({
          code: 'CSV_FILE_UTF16',
          rule: 'REC-1',
          message: 'Filen är sparad som Unicode-text (UTF-16), som importen inte läser. Spara filen som CSV UTF-8 (kommaavgränsad) i Excel och försök igen.',
        }),
      ]);
    }
  });

  it('diagnoses an Excel workbook (.xlsx and the older .xls) and says how to save it as CSV', () => {
    const xlsx = decodeCsvFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    expect(xlsx).toEqual({ text: '', encoding: 'utf-8', problems: [expect.objectContaining({ code: 'CSV_FILE_XLSX' })] });
    expect(xlsx.problems[0].message).toMatch(/^Filen är en Excel-arbetsbok \(\.xlsx\), inte en CSV-fil\. .*CSV UTF-8 \(kommaavgränsad\)/);
    expect(decodeCsvFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])).problems).toEqual([
      expect.objectContaining({ code: 'CSV_FILE_XLS', message: expect.stringMatching(/^Filen är en äldre Excel-arbetsbok \(\.xls\)/) }),
    ]);
  });

  it('diagnoses a binary file, bytes of no known encoding and an empty file', () => {
    const codes = (file: Uint8Array) => decodeCsvFile(file).problems.map((item) => item.code);
    expect(codes(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x01, 0x02, 0x0a, 0x41, 0x42]))).toEqual(['CSV_FILE_BINARY']);
    expect(codes(new Uint8Array([...Buffer.from(HEADER, 'latin1'), 0x81]))).toEqual(['CSV_FILE_ENCODING_UNKNOWN']);
    expect(codes(new Uint8Array())).toEqual(['CSV_EMPTY']);
    expect(codes(bytes('\uFEFF\r\n  \r\n', 'utf8'))).toEqual(['CSV_EMPTY']);
  });
});

describe('REC-1: parsing an import file', () => {
  it('reads semicolon fields, quoted fields with separators, doubled quotes and line breaks, CRLF and a BOM, and skips blank lines and lines of empty fields', () => {
    const text = '\uFEFFa;b;c\r\n1;"x; y";"säger ""hej"""\r\n\r\n;;\r\n2;"två\r\nrader";\r\n';
    expect(parseCsv(text)).toEqual({
      records: [
        { line: 1, lastLine: 1, fields: ['a', 'b', 'c'], text: 'a;b;c' },
        { line: 2, lastLine: 2, fields: ['1', 'x; y', 'säger "hej"'], text: '1;"x; y";"säger ""hej"""' },
        { line: 5, lastLine: 6, fields: ['2', 'två\nrader', ''], text: '2;"två\nrader";' },
      ],
      separator: ';',
      problems: [],
    });
  });

  it('detects a comma separator (Excel outside Sweden) and keeps commas inside quoted fields; LF and CR line ends alike', () => {
    expect(parseCsv('a,b,c\n1,"Växjö, Ljungby",x;y\n\n2,3,4')).toEqual({
      records: [
        { line: 1, lastLine: 1, fields: ['a', 'b', 'c'], text: 'a,b,c' },
        { line: 2, lastLine: 2, fields: ['1', 'Växjö, Ljungby', 'x;y'], text: '1,"Växjö, Ljungby",x;y' },
        { line: 4, lastLine: 4, fields: ['2', '3', '4'], text: '2,3,4' },
      ],
      separator: ',',
      problems: [],
    });
    expect(parseCsv('a;b\r1;2\r').records).toEqual([
      { line: 1, lastLine: 1, fields: ['a', 'b'], text: 'a;b' },
      { line: 2, lastLine: 2, fields: ['1', '2'], text: '1;2' },
    ]);
  });

  it('detects semicolons when the text has commas too', () => {
    const parsed = parseCsv('a;b;c\n1;Underläkare, medicin;x\n2;Växjö, Ljungby;y');
    expect([parsed.separator, parsed.records.map((record) => record.fields.length)]).toEqual([';', [3, 3, 3]]);
  });

  it('reports a quote left open on the line its record starts, keeping the records before it', () => {
    const parsed = parseCsv('a;b\n1;2\n\n3;"oj\n4;5\n');
    expect(parsed.records.map((record) => record.line)).toEqual([1, 2]);
    expect(parsed.problems).toEqual([
      {
        line: 4,
        reason: expect.stringMatching(/stängs aldrig/),
        problems: [expect.objectContaining({ code: 'CSV_QUOTE_NOT_CLOSED', rule: 'REC-1', params: { line: 4 } })],
      },
    ]);
  });

  it('reports a quote in the middle of a quoted field on its line and leaves that record out', () => {
    const parsed = parseCsv('a;b\n1;"x"y"\n2;3');
    expect(parsed.problems.map((item) => [item.line, item.problems.map((p) => p.code)])).toEqual([[2, ['CSV_QUOTE_MISPLACED']]]);
  });
});
