/** @jest-environment node */
import { csvBatches, splitCsvRecords } from './csv-records';

const file = ['ansökningsnummer;förnamn;efternamn', 'A1;Anna;Berg', 'A2;"Erik\nJohan";Ek', '', 'A3;Sara;Åberg'].join('\r\n');

describe('CSV records for batched import', () => {
  it('keeps a quoted line break inside its record and knows each record’s first line', () => {
    expect(splitCsvRecords(file).map((record) => [record.line, record.text.replace(/\r/g, '')])).toEqual([
      [1, 'ansökningsnummer;förnamn;efternamn'],
      [2, 'A1;Anna;Berg'],
      [3, 'A2;"Erik\nJohan";Ek'],
      [6, 'A3;Sara;Åberg'],
    ]);
  });

  it('sends the header with every batch and maps the server’s line numbers back to the file', () => {
    const batches = csvBatches(file, 2);
    expect(batches.map((batch) => batch.rows)).toEqual([2, 1]);
    expect(batches[0].csv.split('\n')[0].replace(/\r/g, '')).toBe('ansökningsnummer;förnamn;efternamn');
    // batch 1: header=1, A1=2, A2 starts at 3 and spans the file's lines 3–4
    expect(batches[0].fileLines).toEqual([1, 2, 3, 4]);
    // batch 2: the server's line 2 is the file's line 6
    expect(batches[1].fileLines[1]).toBe(6);
  });

  it('ignores a byte-order mark and an empty file', () => {
    expect(splitCsvRecords('\uFEFFa;b\n1;2')[0].text).toBe('a;b');
    expect(csvBatches('', 10)).toEqual([]);
  });
});
