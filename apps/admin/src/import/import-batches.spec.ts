/** @jest-environment node */
import { parseCsv } from '@bt/domain/csv-file';
import { csvBatches } from './import-batches';

const file = ['\uFEFFansökningsnummer;förnamn;efternamn', 'A1;Anna;Berg', 'A2;"Erik\r\nJohan";Ek', '', 'A3;Sara;Åberg'].join('\r\n');

describe('REC-1: a file sent in batches', () => {
  it('sends the header with every batch, keeps a quoted line break inside its record and maps the server’s line numbers back to the file', () => {
    const batches = csvBatches(parseCsv(file).records, 2);
    expect(batches).toEqual([
      { csv: 'ansökningsnummer;förnamn;efternamn\nA1;Anna;Berg\nA2;"Erik\nJohan";Ek', fileLines: [1, 2, 3, 4], rows: 2 },
      // the server's line 2 is the file's line 6
      { csv: 'ansökningsnummer;förnamn;efternamn\nA3;Sara;Åberg', fileLines: [1, 6], rows: 1 },
    ]);
  });

  it('has no batch for an empty file or one with only the header', () => {
    expect(csvBatches([], 10)).toEqual([]);
    expect(csvBatches(parseCsv('a;b\n').records, 10)).toEqual([]);
  });
});
