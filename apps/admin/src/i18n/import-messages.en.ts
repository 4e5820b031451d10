import type { importMessagesSv } from './import-messages.sv';

/** The import page's choice of what to import, and the absence and extra-hours files' columns, in English. */
export const importMessagesEn: typeof importMessagesSv = {
  dataImport: {
    title: 'Import',
    menu: 'Import absence/hours',
    kind: 'What to import',
    kinds: {
      applications: 'Applications to a round (job portal)',
      absences: 'Absence (payroll system, PA-portal)',
      extraHours: 'Extra hours per month (time reporting)',
    },
    intro: {
      absences:
        "Choose the payroll system's export file with the columns personnummer, typ, från, till, omfattning and status. Approved absence is recorded as decided in the payroll system. You see the file before anything is saved; the same file can be imported again without duplicates.",
      extraHours:
        "Choose time reporting's export file with the columns personnummer, månad (YYYY-MM) and timmar. Each line replaces the month's figure. You see the file before anything is saved; the same file can be imported again without changing anything.",
    },
    start: 'Import %{smart_count} line |||| Import %{smart_count} lines',
    rows: '%{smart_count} line |||| %{smart_count} lines',
    fields: {
      absences: {
        personalIdentityNumber: 'Personal identity number',
        kind: 'Kind of absence',
        startDate: 'First day',
        endDate: 'Last day',
        percent: 'Extent (% of full time)',
        status: 'Status (approved or applied)',
      },
      extraHours: {
        personalIdentityNumber: 'Personal identity number',
        month: 'Month',
        hours: 'Extra hours',
      },
    },
  },
};
