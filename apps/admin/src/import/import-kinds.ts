import type { CsvColumn } from '@bt/domain/csv-file';
import { APPLICATION_CSV_COLUMNS } from '@bt/domain/recruitment-csv';
import { ABSENCE_CSV_COLUMNS, EXTRA_HOURS_CSV_COLUMNS } from '@bt/domain/absence-csv';
import type { PermissionName } from '../permissions';
import { NOTICE_FIELDS } from '../data/resources';
import { fieldLabel } from './import-preview';

export type ImportKindId = 'applications' | 'absences' | 'extraHours';

/** One kind of file the import page takes: its columns, the permission and the mutation that saves it. */
export interface ImportKind {
  id: ImportKindId;
  permission: PermissionName;
  columns: readonly CsvColumn<string>[];
  /** The translation key of what a column of the file is read as. */
  fieldLabel: (key: string) => string;
  /** The mutation's name; it takes `csv` (and `roundId` when `round`). */
  mutation: string;
  round: boolean;
}

const RESULT = `created unchanged errors { line reason notices { ${NOTICE_FIELDS} } } warnings { line reason notices { ${NOTICE_FIELDS} } }`;

/** Issue 12 part 6: applications (REC-1), absences from payroll (ABS-3) and extra hours from time reporting (ABS-6). */
export const IMPORT_KINDS: readonly ImportKind[] = [
  {
    id: 'applications',
    permission: 'HANDLE_APPLICATIONS',
    columns: APPLICATION_CSV_COLUMNS,
    fieldLabel: (key) => fieldLabel(key as never),
    mutation: 'importApplications',
    round: true,
  },
  {
    id: 'absences',
    permission: 'IMPORT_ABSENCES',
    columns: ABSENCE_CSV_COLUMNS,
    fieldLabel: (key) => `dataImport.fields.absences.${key}`,
    mutation: 'importAbsences',
    round: false,
  },
  {
    id: 'extraHours',
    permission: 'RECORD_WORKING_TIME',
    columns: EXTRA_HOURS_CSV_COLUMNS,
    fieldLabel: (key) => `dataImport.fields.extraHours.${key}`,
    mutation: 'importExtraHours',
    round: false,
  },
];

/** The mutation that imports a batch of `kind`'s file. */
export function importMutation(kind: ImportKind): string {
  return kind.round
    ? `mutation ($roundId: ID!, $csv: String!) { ${kind.mutation}(roundId: $roundId, csv: $csv) { ${RESULT} } }`
    : `mutation ($csv: String!) { ${kind.mutation}(csv: $csv) { ${RESULT} } }`;
}
