import type { CsvRecord } from '@bt/domain/csv-file';

export interface CsvBatch {
  csv: string;
  /** File line of each line of this batch's text (index 0 = the header, line 1). */
  fileLines: number[];
  rows: number;
}

/**
 * A file's records (parseCsv's, header first) in batches of at most `size` data records, each with the
 * header first, as text to send, and how to map the server's line numbers back to the file's.
 */
export function csvBatches(records: readonly CsvRecord[], size: number): CsvBatch[] {
  const [header, ...rows] = records;
  if (!header) return [];
  const batches: CsvBatch[] = [];
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    const fileLines = [header.line, ...chunk.flatMap((record) => Array.from({ length: record.lastLine - record.line + 1 }, (_, k) => record.line + k))];
    batches.push({ csv: [header, ...chunk].map((record) => record.text).join('\n'), fileLines, rows: chunk.length });
  }
  return batches;
}
