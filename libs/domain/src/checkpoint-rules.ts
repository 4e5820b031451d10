import { addDays, isIsoDate, maxDate, minDate, type IsoDate } from './iso-date';
import { problem, type Problem } from './problem';
import { textFieldProblems } from './text-rules';

/** EDU-8 (seed 004): the main supervisor's checkpoints A, B and C. */
export enum CheckpointKind {
  /** At start: the plan (IUP) and the responsibilities. */
  A = 'A',
  /** Late in each placement, 2–3 weeks before it ends: checklist, assessments done, feedback. */
  B = 'B',
  /** Before the final assessment: the portfolio complete. */
  C = 'C',
}

/** Where a checkpoint stands on a day. */
export enum CheckpointStatus {
  /** Its window has not opened. */
  UPCOMING = 'UPCOMING',
  /** Its window is open. */
  DUE = 'DUE',
  /** Its last day has passed without a record. */
  OVERDUE = 'OVERDUE',
  /** Recorded. */
  DONE = 'DONE',
}

/**
 * EDU-8, seed 004: the due rules.
 * - A "när en BT-läkare tillträder": from the first placement's first day, within the introduction's
 *   first two weeks (14 days).
 * - B "senast 2-3 veckor innan avslut": from 21 to 14 days before each placement's last day.
 * - C "inför slutbedömning": the external assessment is in BT's last week (CERT-6) and the main
 *   supervisor refers the trainee only with complete documentation (CERT-7), so C is held from eight
 *   to four weeks before the plan's last day, leaving four weeks to complete what is missing.
 */
export const CHECKPOINT_DUE = {
  aWithinDays: 14,
  bFromDaysBeforeEnd: 21,
  bByDaysBeforeEnd: 14,
  cFromDaysBeforeEnd: 56,
  cByDaysBeforeEnd: 28,
} as const;

/** A placement as the checkpoints need it (the last day inclusive). */
export interface CheckpointPlacement {
  id: string;
  startDate: IsoDate;
  endDate: IsoDate;
}

/** A checkpoint derived from the plan: its kind, its placement (B only) and its window. */
export interface PlannedCheckpoint {
  kind: CheckpointKind;
  placementId: string | null;
  dueFrom: IsoDate;
  dueBy: IsoDate;
}

/**
 * EDU-8: the trainee's checkpoints as the plan's placements give them, in order of their last day: A
 * from the first placement's start, a B per placement (never before the placement starts), C before
 * the last placement's end. None without placements. Moving a placement moves its checkpoints.
 */
export function plannedCheckpoints(placements: readonly CheckpointPlacement[]): PlannedCheckpoint[] {
  if (placements.length === 0) return [];
  const start = placements.reduce((first, p) => minDate(first, p.startDate), placements[0].startDate);
  const end = placements.reduce((last, p) => maxDate(last, p.endDate), placements[0].endDate);
  const due = CHECKPOINT_DUE;
  const checkpoints: PlannedCheckpoint[] = [
    { kind: CheckpointKind.A, placementId: null, dueFrom: start, dueBy: addDays(start, due.aWithinDays) },
    ...placements.map((p) => ({
      kind: CheckpointKind.B,
      placementId: p.id,
      dueFrom: maxDate(p.startDate, addDays(p.endDate, -due.bFromDaysBeforeEnd)),
      dueBy: maxDate(p.startDate, addDays(p.endDate, -due.bByDaysBeforeEnd)),
    })),
    {
      kind: CheckpointKind.C,
      placementId: null,
      dueFrom: maxDate(start, addDays(end, -due.cFromDaysBeforeEnd)),
      dueBy: maxDate(start, addDays(end, -due.cByDaysBeforeEnd)),
    },
  ];
  return checkpoints.sort((a, b) => a.dueBy.localeCompare(b.dueBy) || a.dueFrom.localeCompare(b.dueFrom));
}

/** EDU-8: DONE when recorded; otherwise by the day: UPCOMING before the window, DUE in it, OVERDUE after it. */
export function checkpointStatus(checkpoint: Pick<PlannedCheckpoint, 'dueFrom' | 'dueBy'>, done: boolean, today: IsoDate): CheckpointStatus {
  if (done) return CheckpointStatus.DONE;
  if (today > checkpoint.dueBy) return CheckpointStatus.OVERDUE;
  return today >= checkpoint.dueFrom ? CheckpointStatus.DUE : CheckpointStatus.UPCOMING;
}

/** The key of a checkpoint within a trainee's plan: its kind, and for B its placement. */
export function checkpointKey(kind: CheckpointKind, placementId: string | null): string {
  return kind === CheckpointKind.B ? `B:${placementId}` : kind;
}

export const MAX_CHECKPOINT_NOTE_LENGTH = 2000;

/** A checkpoint record as the main supervisor submits it. */
export interface CheckpointRecordDraft {
  kind: CheckpointKind;
  placementId: string | null;
  heldOn: string;
  itemIds: readonly string[];
  note: string | null;
}

/** What the record is checked against: the day, the kind's checklist, the trainee's placements. */
export interface CheckpointRecordContext {
  today: IsoDate;
  checklistItemIds: readonly string[];
  placementIds: readonly string[];
}

/**
 * EDU-8: a checkpoint record is refused when the trainee has no placements, B names none of the trainee's placements (or A or C
 * names one), the day is not a date or lies ahead, an item is not on the kind's checklist, or the
 * note is too long or has hidden characters.
 */
export function checkpointRecordProblems(draft: CheckpointRecordDraft, context: CheckpointRecordContext): Problem[] {
  const problems: Problem[] = [];
  if (context.placementIds.length === 0) {
    problems.push(
      problem('CHECKPOINT_WITHOUT_PLACEMENTS', 'BT-läkaren har inga placeringar än; kontrollpunkterna följer planen.', {
        rule: 'EDU-8',
        field: 'input.traineeId',
      }),
    );
  } else if (draft.kind === CheckpointKind.B && (!draft.placementId || !context.placementIds.includes(draft.placementId))) {
    problems.push(
      problem('CHECKPOINT_PLACEMENT_REQUIRED', 'Kontrollpunkt B gäller en placering: välj en av BT-läkarens placeringar.', {
        rule: 'EDU-8',
        field: 'input.placementId',
      }),
    );
  }
  if (draft.kind !== CheckpointKind.B && draft.placementId) {
    problems.push(
      problem('CHECKPOINT_PLACEMENT_NOT_ALLOWED', `Kontrollpunkt ${draft.kind} gäller hela bastjänstgöringen, inte en placering.`, {
        rule: 'EDU-8',
        field: 'input.placementId',
        params: { kind: draft.kind },
      }),
    );
  }
  if (!isIsoDate(draft.heldOn)) {
    problems.push(problem('INVALID_DATE', 'Datumet är inget giltigt datum: ange ÅÅÅÅ-MM-DD.', { field: 'input.heldOn', params: { value: draft.heldOn } }));
  } else if (draft.heldOn > context.today) {
    problems.push(
      problem('CHECKPOINT_IN_FUTURE', `En avstämning registreras när den hållits, senast i dag (${context.today}).`, {
        rule: 'EDU-8',
        field: 'input.heldOn',
        params: { today: context.today },
      }),
    );
  }
  const unknown = draft.itemIds.filter((id) => !context.checklistItemIds.includes(id));
  if (unknown.length > 0) {
    problems.push(
      problem('CHECKPOINT_ITEM_UNKNOWN', `Punkten finns inte på checklistan för kontrollpunkt ${draft.kind}.`, {
        rule: 'EDU-8',
        field: 'input.itemIds',
        params: { kind: draft.kind, id: unknown[0] },
      }),
    );
  }
  return [
    ...problems,
    ...textFieldProblems('input.note', 'Anteckningen', draft.note, { required: false, maxLength: MAX_CHECKPOINT_NOTE_LENGTH, multiline: true }),
  ];
}

/**
 * EDU-8: a recorded checkpoint never changes; a correction is a new record naming the current one.
 * Refused: a second record without naming the current one, or naming a record that is not (any longer) the current one.
 */
export function checkpointCorrectionProblems(currentId: string | null, correctsId: string | null | undefined): Problem[] {
  if (currentId && !correctsId) {
    return [
      problem(
        'CHECKPOINT_ALREADY_RECORDED',
        'Kontrollpunkten är redan registrerad och kan inte ändras. Registrera en rättelse som hänvisar till den registrerade avstämningen.',
        { rule: 'EDU-8', field: 'input.corrects' },
      ),
    ];
  }
  if (correctsId && correctsId !== currentId) {
    return [
      problem('CHECKPOINT_CORRECTION_STALE', 'Rättelsen måste hänvisa till kontrollpunktens senaste registrering. Läs in sidan igen.', {
        rule: 'EDU-8',
        field: 'input.corrects',
        params: { id: correctsId },
      }),
    ];
  }
  return [];
}

/**
 * EDU-8: a handover (handledaravstämning) is between two of the trainee's placements, the second
 * starting after the first, on a real day; the note as any note.
 */
export function handoverProblems(
  draft: { heldOn: string; note: string | null },
  from: CheckpointPlacement & { traineeId: string },
  to: CheckpointPlacement & { traineeId: string },
): Problem[] {
  const problems: Problem[] = [];
  if (from.traineeId !== to.traineeId || to.startDate <= from.endDate) {
    problems.push(
      problem(
        'HANDOVER_PLACEMENTS_NOT_CONSECUTIVE',
        'Avstämningen gäller ett byte av placering: välj två placeringar för samma BT-läkare, den andra efter den första.',
        {
          rule: 'EDU-8',
          field: 'input.toPlacementId',
        },
      ),
    );
  }
  if (!isIsoDate(draft.heldOn)) {
    problems.push(problem('INVALID_DATE', 'Datumet är inget giltigt datum: ange ÅÅÅÅ-MM-DD.', { field: 'input.heldOn', params: { value: draft.heldOn } }));
  }
  return [
    ...problems,
    ...textFieldProblems('input.note', 'Anteckningen', draft.note, { required: false, maxLength: MAX_CHECKPOINT_NOTE_LENGTH, multiline: true }),
  ];
}
