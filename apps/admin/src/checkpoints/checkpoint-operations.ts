/**
 * EDU-8: the main supervisor's checkpoints A/B/C and the handovers on a trainee's page. They are read
 * with the trainee (resources.ts adds CHECKPOINT_FIELDS); a record never changes, a correction is a
 * new record naming the latest in `corrects`.
 */
export const COMPLETE_CHECKPOINT = `mutation ($input: CheckpointCompletionInput!) { completeCheckpoint(input: $input) { id sequence } }`;

export const RECORD_HANDOVER = `mutation ($input: HandoverInput!) { recordHandover(input: $input) { id } }`;

/** How many earlier records of a checkpoint the page reads (`corrects` of `corrects` …); a longer chain says how many more. */
export const EARLIER_RECORDS_READ = 4;

const RECORD_FIELDS = 'id sequence heldOn note recordedAt recordedBy { id name } items { id text }';
const completionFields = (earlier: number): string => `${RECORD_FIELDS}${earlier > 0 ? ` corrects { ${completionFields(earlier - 1)} }` : ''}`;

const PLACEMENT_FIELDS = 'id kind startDate endDate unit { id name }';

/** What the trainee's page reads of the checkpoints and handovers (resources.ts adds it to the trainee; GraphQL merges it with the plan's other fields). */
export const CHECKPOINT_FIELDS = `trainingPlan { checkpoints { kind dueFrom dueBy status placement { ${PLACEMENT_FIELDS} }
    checklist { id position text } completion { ${completionFields(EARLIER_RECORDS_READ)} } } }
  handovers { id heldOn note fromPlacement { ${PLACEMENT_FIELDS} } toPlacement { ${PLACEMENT_FIELDS} }
    mainSupervisor { id name } outgoingSupervisor { id name } incomingSupervisor { id name } }`;

export type CheckpointKind = 'A' | 'B' | 'C';
export type CheckpointStatus = 'UPCOMING' | 'DUE' | 'OVERDUE' | 'DONE';

export interface CheckpointPlacement {
  id: string;
  kind: string;
  startDate: string;
  endDate: string;
  unit: { id: string; name: string };
}

export interface ChecklistItem {
  id: string;
  text: string;
}

export interface CheckpointRecord {
  id: string;
  sequence: number;
  heldOn: string;
  note: string | null;
  recordedAt: string;
  recordedBy: { id: string; name: string };
  items: ChecklistItem[];
  corrects?: CheckpointRecord | null;
}

export interface Checkpoint {
  kind: CheckpointKind;
  dueFrom: string;
  dueBy: string;
  status: CheckpointStatus;
  placement: CheckpointPlacement | null;
  checklist: (ChecklistItem & { position: number })[];
  completion: CheckpointRecord | null;
}

export interface Handover {
  id: string;
  heldOn: string;
  note: string | null;
  fromPlacement: CheckpointPlacement | null;
  toPlacement: CheckpointPlacement | null;
  mainSupervisor: { id: string; name: string } | null;
  outgoingSupervisor: { id: string; name: string } | null;
  incomingSupervisor: { id: string; name: string } | null;
}

/** The trainee as the checkpoints tab reads it. */
export interface CheckpointTrainee {
  id: string;
  siteId?: string;
  mainSupervision: { supervisor: { id: string } } | null;
  trainingPlan: { checkpoints: Checkpoint[]; placements: CheckpointPlacement[] } | null;
  handovers: Handover[];
}

/** A record's earlier records, newest first (those the page read). */
export function earlierRecords(record: CheckpointRecord): CheckpointRecord[] {
  return record.corrects ? [record.corrects, ...earlierRecords(record.corrects)] : [];
}
