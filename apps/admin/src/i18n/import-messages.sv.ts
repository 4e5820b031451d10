/** The import page's choice of what to import, and the absence and extra-hours files' columns, in Swedish (issue 12 part 6). */
export const importMessagesSv = {
  dataImport: {
    title: 'Importera',
    menu: 'Importera frånvaro/tid',
    kind: 'Vad ska importeras',
    kinds: {
      applications: 'Ansökningar till en omgång (jobbportalen)',
      absences: 'Frånvaro (lönesystemet, PA-portalen)',
      extraHours: 'Extra timmar per månad (tidrapporteringen)',
    },
    intro: {
      absences:
        'Välj lönesystemets exportfil med kolumnerna personnummer, typ, från, till, omfattning och status. Beviljad frånvaro registreras som beslutad i lönesystemet. Du ser filen innan något sparas; samma fil kan importeras igen utan dubbletter.',
      extraHours:
        'Välj tidrapporteringens exportfil med kolumnerna personnummer, månad (ÅÅÅÅ-MM) och timmar. Varje rad ersätter månadens siffra. Du ser filen innan något sparas; samma fil kan importeras igen utan att något ändras.',
    },
    start: 'Importera %{smart_count} rad |||| Importera %{smart_count} rader',
    rows: '%{smart_count} rad |||| %{smart_count} rader',
    fields: {
      absences: {
        personalIdentityNumber: 'Personnummer',
        kind: 'Typ av frånvaro',
        startDate: 'Första dagen',
        endDate: 'Sista dagen',
        percent: 'Omfattning (% av heltid)',
        status: 'Status (beviljad eller sökt)',
      },
      extraHours: {
        personalIdentityNumber: 'Personnummer',
        month: 'Månad',
        hours: 'Extra timmar',
      },
    },
  },
};
