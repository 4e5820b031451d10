import { normalizedPersonalIdentityNumber } from './personal-identity-number';
import { csvColumns, csvFileProblem, readCsvTable, type CsvColumn, type CsvFileColumn, type LineProblem } from './csv-file';
import { problem, type Problem } from './problem';
import { applicationProblems, type ApplicationDraft, type ApplicationField, type FieldName } from './recruitment-application-rules';
import type { IsoDate } from './iso-date';

/** REC-1: another import into the same round is running; the second waits for nothing and saves nothing. */
export function importInProgressProblem(): Problem {
  return csvFileProblem(
    'IMPORT_IN_PROGRESS',
    'En import till den här omgången pågår redan. Vänta tills den är klar och importera sedan filen igen; ansökningar som redan finns blir oförändrade.',
    { field: 'roundId' },
  );
}

/** REC-1: applications of the file were saved by someone else while it was imported; nothing of it was saved. */
export function importCollisionProblem(): Problem {
  return csvFileProblem(
    'IMPORT_COLLISION',
    'Några av filens ansökningar sparades samtidigt av någon annan, så inget av filen sparades. Importera filen igen; ansökningar som redan finns blir oförändrade.',
  );
}

export type ColumnKey = ApplicationField | 'doctoralDegree' | 'preferredSite' | 'acceptsOtherSite';

/** The import file's columns (Swedish headers, in any order); a header may add a hint in parentheses. */
export const APPLICATION_CSV_COLUMNS: CsvColumn<ColumnKey>[] = [
  { key: 'externalId', header: 'ansökningsnummer', required: true },
  { key: 'givenName', header: 'förnamn', required: true },
  { key: 'familyName', header: 'efternamn', required: true },
  { key: 'personalIdentityNumber', header: 'personnummer', required: true },
  { key: 'email', header: 'e-post', required: false },
  { key: 'phone', header: 'telefon', required: false },
  { key: 'preferredSite', header: 'önskad huvudort', required: true },
  { key: 'acceptsOtherSite', header: 'kan tänka sig annan huvudort', required: false },
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

/** A column of an import file: its heading as written and the column of APPLICATION_CSV_COLUMNS it is, if any. */
export type FileColumn = CsvFileColumn<ColumnKey>;

/** REC-1: the columns of an applications file's heading line (csvColumns with APPLICATION_CSV_COLUMNS). */
export function applicationCsvColumns(header: readonly string[]): { columns: FileColumn[]; problems: Problem[] } {
  return csvColumns(header, APPLICATION_CSV_COLUMNS);
}

export interface ApplicationCsvContext {
  /** The site id for a site name as written in the file (Växjö, Ljungby), any case. */
  siteIdByName: (name: string) => string | undefined;
  siteNames: readonly string[];
  today: IsoDate;
}

/**
 * REC-1: reads the job portal's export of applications (text; bytes are decoded by decodeCsvFile).
 * Each row becomes a checked draft (personal identity number normalised) or one error naming its file
 * line and every problem. A heading line that applicationCsvColumns refuses refuses the whole file.
 */
export function readApplicationCsv(text: string, context: ApplicationCsvContext): { rows: { line: number; draft: ApplicationDraft }[]; errors: LineProblem[] } {
  const { rows, errors } = readCsvTable(text, APPLICATION_CSV_COLUMNS, (value) => {
    const { draft, problems } = applicationFromRow(value, context);
    return { row: draft, problems };
  });
  return { rows: rows.map(({ line, row }) => ({ line, draft: row })), errors };
}

function applicationFromRow(value: (key: ColumnKey) => string, context: ApplicationCsvContext): { draft: ApplicationDraft; problems: Problem[] } {
  const problems: Problem[] = [];
  const months = (key: 'underlakareMonthsSweden' | 'underlakareMonthsRegion') => {
    const text = value(key).replace(',', '.');
    return text === '' ? 0 : /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  };
  const yesNo = (key: 'doctoralDegree' | 'acceptsOtherSite', label: string, field: string) => {
    const text = value(key).toLowerCase();
    if (!['', 'ja', 'nej'].includes(text)) {
      problems.push(problem('CSV_YES_NO_INVALID', `${label} ska vara ja eller nej, inte "${value(key)}".`, { field, params: { value: value(key) } }));
    }
    return text === 'ja';
  };
  const doctoralDegree = yesNo('doctoralDegree', 'Doktorsexamen', 'doktorsexamen');
  const acceptsOtherSite = yesNo('acceptsOtherSite', 'Kan tänka sig annan huvudort', 'kan tänka sig annan huvudort');
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
    acceptsOtherSite,
    merits: {
      underlakareMonthsSweden: months('underlakareMonthsSweden'),
      underlakareMonthsRegion: months('underlakareMonthsRegion'),
      doctoralDegree,
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
