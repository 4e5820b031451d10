/** One CSV record as it stands in the file: its text and the file line it starts on (header = line 1). */
export interface CsvRecord {
  text: string;
  line: number;
}

/**
 * Splits CSV text into records without parsing fields, respecting quoted fields that contain line
 * breaks, so a large file can be sent in batches and the server's line numbers mapped back.
 */
export function splitCsvRecords(csv: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let start = 0;
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  const text = csv.replace(/^\uFEFF/, '');
  for (let i = 0; i <= text.length; i += 1) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    const end = i === text.length || (!quoted && char === '\n');
    if (end) {
      const record = text.slice(start, i).replace(/\r$/, '');
      if (record.trim() !== '') records.push({ text: record, line: recordLine });
      start = i + 1;
    }
    if (char === '\n') {
      line += 1;
      if (end) recordLine = line;
    }
  }
  return records;
}

export interface CsvBatch {
  csv: string;
  /** File line of each line of this batch's text (index 0 = the header, line 1). */
  fileLines: number[];
  rows: number;
}

/** Batches of at most `size` data records, each with the header first, and how to map its lines back. */
export function csvBatches(csv: string, size: number): CsvBatch[] {
  const [header, ...rows] = splitCsvRecords(csv);
  if (!header) return [];
  const batches: CsvBatch[] = [];
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    const fileLines = [1];
    for (const record of chunk) {
      const physical = record.text.split('\n').length;
      for (let k = 0; k < physical; k += 1) fileLines.push(record.line + k);
    }
    batches.push({ csv: [header.text, ...chunk.map((record) => record.text)].join('\n'), fileLines, rows: chunk.length });
  }
  return batches;
}
