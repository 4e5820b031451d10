import { normalizedPersonalIdentityNumber } from './personal-identity-number';
import { problem, type Problem, type ProblemDetails } from './problem';
import { applicationProblems, type ApplicationDraft, type ApplicationField, type FieldName } from './recruitment-application-rules';
import type { IsoDate } from './iso-date';

/** One record of a CSV file: its fields and the file line it starts on (the header is line 1). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** What is wrong with one line of an import file: every problem (each with `params.line`), and their messages as one reason. */
export interface LineProblem {
  line: number;
  reason: string;
  problems: Problem[];
}

/** A line's problems as a LineProblem; each problem gets the line in its params (REC-1: the import reports the file's lines). */
export function lineProblem(line: number, problems: readonly Problem[]): LineProblem {
  const listed = problems.map((item) => ({ ...item, params: { ...item.params, line } }));
  return { line, reason: listed.map((item) => item.message).join(' '), problems: listed };
}

function fileProblem(code: string, message: string, details: ProblemDetails = {}): Problem {
  return problem(code, message, { rule: 'REC-1', ...details });
}

/** REC-1: another import into the same round is running; the second waits for nothing and saves nothing. */
export function importInProgressProblem(): Problem {
  return fileProblem(
    'IMPORT_IN_PROGRESS',
    'En import till den här omgången pågår redan. Vänta tills den är klar och importera sedan filen igen; ansökningar som redan finns blir oförändrade.',
    { field: 'roundId' },
  );
}

/** REC-1: applications of the file were saved by someone else while it was imported; nothing of it was saved. */
export function importCollisionProblem(): Problem {
  return fileProblem(
    'IMPORT_COLLISION',
    'Några av filens ansökningar sparades samtidigt av någon annan, så inget av filen sparades. Importera filen igen; ansökningar som redan finns blir oförändrade.',
  );
}

/**
 * Parses CSV text (RFC 4180 with `separator`, default semicolon): fields may be quoted, a quoted field
 * may hold separators, line breaks and doubled quotes (""); a byte-order mark and CRLF or LF line ends
 * are accepted; blank lines are skipped. A quote left open is reported on the line its record starts.
 */
export function parseCsv(text: string, separator = ';'): { records: CsvRecord[]; problems: LineProblem[] } {
  const records: CsvRecord[] = [];
  const source = text.replace(/^\uFEFF/, '');
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const endRecord = () => {
    fields.push(field);
    if (fields.some((value) => value.trim() !== '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line += 1;
        field += char;
      }
    } else if (char === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (char === separator) {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      field += char;
    }
  }
  if (quoted)
    return {
      records,
      problems: [lineProblem(recordLine, [fileProblem('CSV_QUOTE_NOT_CLOSED', 'Ett citattecken (") öppnas men stängs aldrig; kontrollera raden.')])],
    };
  endRecord();
  return { records, problems: [] };
}

type ColumnKey = ApplicationField | 'doctoralDegree' | 'preferredSite';

/** The import file's columns (Swedish headers, in any order); a header may add a hint in parentheses. */
export const APPLICATION_CSV_COLUMNS: { key: ColumnKey; header: string; required: boolean }[] = [
  { key: 'externalId', header: 'ansökningsnummer', required: true },
  { key: 'givenName', header: 'förnamn', required: true },
  { key: 'familyName', header: 'efternamn', required: true },
  { key: 'personalIdentityNumber', header: 'personnummer', required: true },
  { key: 'email', header: 'e-post', required: false },
  { key: 'phone', header: 'telefon', required: false },
  { key: 'preferredSite', header: 'önskad huvudort', required: true },
  { key: 'receivedAt', header: 'mottagen', required: true },
  { key: 'underlakareMonthsSweden', header: 'underläkarmånader i sverige', required: false },
  { key: 'underlakareMonthsRegion', header: 'underläkarmånader i regionen', required: false },
  { key: 'doctoralDegree', header: 'doktorsexamen', required: false },
  { key: 'researchMerits', header: 'forskning', required: false },
  { key: 'otherHigherEducation', header: 'annan utbildning', required: false },
  { key: 'earlierEmploymentInRegion', header: 'tidigare anställning i regionen', required: false },
];

/** Problems in an imported row name the file's column, in words and as `field`. */
const CSV_FIELDS: Record<ApplicationField, FieldName> = {
  externalId: { label: 'Ansökningsnumret (ansökningsnummer)', field: 'ansökningsnummer' },
  givenName: { label: 'Förnamnet (förnamn)', field: 'förnamn' },
  familyName: { label: 'Efternamnet (efternamn)', field: 'efternamn' },
  email: { label: 'E-postadressen (e-post)', field: 'e-post' },
  phone: { label: 'Telefonnumret (telefon)', field: 'telefon' },
  personalIdentityNumber: { label: 'Personnumret (personnummer)', field: 'personnummer' },
  preferredSiteId: { label: 'Önskad huvudort', field: 'önskad huvudort' },
  receivedAt: { label: 'Mottagningsdatumet (mottagen)', field: 'mottagen' },
  underlakareMonthsSweden: { label: 'Underläkarmånader i Sverige', field: 'underläkarmånader i sverige' },
  underlakareMonthsRegion: { label: 'Underläkarmånader i regionen', field: 'underläkarmånader i regionen' },
  otherHigherEducation: { label: 'Annan utbildning', field: 'annan utbildning' },
  researchMerits: { label: 'Forskning', field: 'forskning' },
  earlierEmploymentInRegion: { label: 'Tidigare anställning i regionen', field: 'tidigare anställning i regionen' },
};

function headerKey(header: string): string {
  return header
    .replace(/\(.*\)/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

export interface ApplicationCsvContext {
  /** The site id for a site name as written in the file (Växjö, Ljungby), any case. */
  siteIdByName: (name: string) => string | undefined;
  siteNames: readonly string[];
  today: IsoDate;
}

/**
 * REC-1: reads the job portal's export of applications. Each row becomes a checked draft (personal
 * identity number normalised) or one error naming its file line and every problem. Without the
 * required columns, or with a column it does not know, the whole file is refused at line 1.
 */
export function readApplicationCsv(text: string, context: ApplicationCsvContext): { rows: { line: number; draft: ApplicationDraft }[]; errors: LineProblem[] } {
  const parsed = parseCsv(text);
  const [header, ...records] = parsed.records;
  if (!header) return { rows: [], errors: [lineProblem(1, [fileProblem('CSV_EMPTY', 'Filen är tom; första raden ska vara rubrikerna.')])] };
  const keys = header.fields.map(headerKey);
  const unknown = header.fields.filter((_, index) => !APPLICATION_CSV_COLUMNS.some((column) => column.header === keys[index]));
  const missing = APPLICATION_CSV_COLUMNS.filter((column) => column.required && !keys.includes(column.header));
  const known = APPLICATION_CSV_COLUMNS.map((column) => column.header).join('; ');
  const headerProblems = [
    ...unknown.map((name) => fileProblem('CSV_UNKNOWN_COLUMN', `Okänd kolumn "${name.trim()}".`, { field: name.trim() })),
    ...missing.map((column) => fileProblem('CSV_COLUMN_MISSING', `Kolumnen "${column.header}" saknas.`, { field: column.header })),
    ...(new Set(keys).size !== keys.length ? [fileProblem('CSV_COLUMN_REPEATED', 'En kolumn förekommer mer än en gång.')] : []),
  ];
  if (headerProblems.length > 0) {
    const columns = fileProblem('CSV_HEADER_EXPECTED', `Rubrikraden ska ha kolumnerna (semikolonseparerade): ${known}.`, { params: { columns: known } });
    return { rows: [], errors: [lineProblem(header.line, [...headerProblems, columns])] };
  }
  const rows: { line: number; draft: ApplicationDraft }[] = [];
  const errors: LineProblem[] = [...parsed.problems];
  for (const record of records) {
    if (record.fields.length !== keys.length) {
      const message = `Raden har ${record.fields.length} fält men rubrikraden ${keys.length}; kontrollera semikolon och citattecken.`;
      errors.push(lineProblem(record.line, [fileProblem('CSV_FIELD_COUNT', message, { params: { fields: record.fields.length, columns: keys.length } })]));
      continue;
    }
    const value = (key: ColumnKey) => {
      const index = keys.indexOf(APPLICATION_CSV_COLUMNS.find((column) => column.key === key)!.header);
      return index < 0 ? '' : record.fields[index].trim();
    };
    const result = applicationFromRow(value, context);
    if (result.problems.length > 0) errors.push(lineProblem(record.line, result.problems));
    else rows.push({ line: record.line, draft: result.draft });
  }
  return { rows, errors: errors.sort((a, b) => a.line - b.line) };
}

function applicationFromRow(value: (key: ColumnKey) => string, context: ApplicationCsvContext): { draft: ApplicationDraft; problems: Problem[] } {
  const problems: Problem[] = [];
  const months = (key: 'underlakareMonthsSweden' | 'underlakareMonthsRegion') => {
    const text = value(key).replace(',', '.');
    return text === '' ? 0 : /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  };
  const degree = value('doctoralDegree').toLowerCase();
  if (!['', 'ja', 'nej'].includes(degree)) {
    problems.push(
      problem('CSV_YES_NO_INVALID', `Doktorsexamen ska vara ja eller nej, inte "${value('doctoralDegree')}".`, {
        field: 'doktorsexamen',
        params: { value: value('doctoralDegree') },
      }),
    );
  }
  const siteName = value('preferredSite');
  const preferredSiteId = context.siteIdByName(siteName) ?? '';
  if (!preferredSiteId) {
    const message = `Önskad huvudort "${siteName}" finns inte; ange ${context.siteNames.join(' eller ')}.`;
    problems.push(problem('SITE_UNKNOWN', message, { rule: 'REC-2', field: 'önskad huvudort', params: { value: siteName } }));
  }
  const optional = (key: ColumnKey) => value(key) || null;
  const draft: ApplicationDraft = {
    externalId: value('externalId'),
    givenName: value('givenName'),
    familyName: value('familyName'),
    email: optional('email'),
    phone: optional('phone'),
    personalIdentityNumber: value('personalIdentityNumber'),
    preferredSiteId,
    receivedAt: value('receivedAt'),
    merits: {
      underlakareMonthsSweden: months('underlakareMonthsSweden'),
      underlakareMonthsRegion: months('underlakareMonthsRegion'),
      doctoralDegree: degree === 'ja',
      researchMerits: optional('researchMerits'),
      otherHigherEducation: optional('otherHigherEducation'),
      earlierEmploymentInRegion: optional('earlierEmploymentInRegion'),
    },
  };
  problems.push(...applicationProblems(draft, context.today, CSV_FIELDS));
  const personalIdentityNumber = normalizedPersonalIdentityNumber(draft.personalIdentityNumber, context.today) ?? draft.personalIdentityNumber;
  return { draft: { ...draft, personalIdentityNumber }, problems };
}

function comparable(value: unknown): string {
  return value == null ? '' : String(value).trim();
}

/**
 * The import file's columns in which `imported` differs from the `stored` application with the same
 * number: none means the row is unchanged (importing the same file twice changes nothing).
 */
export function changedColumns(stored: ApplicationDraft, imported: ApplicationDraft): string[] {
  const flat = (draft: ApplicationDraft): Record<string, unknown> => ({ ...draft, ...draft.merits, preferredSite: draft.preferredSiteId });
  const [before, after] = [flat(stored), flat(imported)];
  return APPLICATION_CSV_COLUMNS.filter((column) => comparable(before[column.key]) !== comparable(after[column.key])).map((column) => column.header);
}
