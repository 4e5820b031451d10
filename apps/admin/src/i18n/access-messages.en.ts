import type { accessMessagesSv } from './access-messages.sv';

/** The access tasks before and during BT in English (ACC-1–ACC-3). */
export const accessMessagesEn: typeof accessMessagesSv = {
  accessTaskKinds: {
    RECORD_ACCESS: 'Record system access ordered',
    DOOR_ACCESS: 'Door access card',
    ADMINISTRATIVE_MOVE: 'Administrative move and BT mailing list',
  },
  access: {
    title: 'Access to arrange',
    site: 'Main site',
    within: 'Within',
    within_days: '%{days} days',
    due_date: 'Due',
    overdue: 'Overdue',
    kind: 'Task',
    unit: 'Unit',
    trainee: 'BT doctor',
    placement_start: 'Placement starts',
    actions: 'Actions',
    done: 'Done',
    none: 'Nothing to arrange within %{days} days and nothing overdue.',
    rows: '%{from}–%{to} of %{count}',
    previous_page: 'Previous page',
    next_page: 'Next page',
    complete_title: 'Done: %{kind}, %{trainee}',
    done_on: 'Done on',
    completed: 'The task is ticked.',
  },
};
