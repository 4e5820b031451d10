/** The access tasks before and during BT in Swedish (ACC-1–ACC-3). */
export const accessMessagesSv = {
  accessTaskKinds: {
    RECORD_ACCESS: 'Journalbehörighet beställd',
    DOOR_ACCESS: 'Passerkort',
    ADMINISTRATIVE_MOVE: 'Administrativ flytt och BT-maillista',
  },
  access: {
    title: 'Behörigheter att ordna',
    site: 'Huvudort',
    within: 'Inom',
    within_days: '%{days} dagar',
    due_date: 'Sista dag',
    overdue: 'Försenad',
    kind: 'Uppgift',
    unit: 'Enhet',
    trainee: 'BT-läkare',
    placement_start: 'Placeringen börjar',
    actions: 'Åtgärder',
    done: 'Klar',
    none: 'Inget att ordna inom %{days} dagar och inget försenat.',
    rows: '%{from}–%{to} av %{count}',
    previous_page: 'Föregående sida',
    next_page: 'Nästa sida',
    complete_title: 'Klar: %{kind}, %{trainee}',
    done_on: 'Gjord den',
    completed: 'Uppgiften är avbockad.',
  },
};
