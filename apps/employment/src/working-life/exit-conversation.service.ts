import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { isUniqueViolation } from '@bt/database';
import { assertPermissionReachesSite, forbidden, Permission, PermissionScope, permissionScope } from '@bt/auth';
import { exitConversationHeldProblems, isIsoDate, missingReferences, problem } from '@bt/domain';
import { badUserInput, conflict, type Actor } from '@bt/subgraph';
import { Trainee } from '../trainee/trainee.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { auditEvent } from '../audit/audit-log';
import { ExitConversation } from './exit-conversation.entity';
import { BtEvaluation } from './bt-evaluation.entity';

const ALREADY_HELD = problem('EXIT_CONVERSATION_ALREADY_HELD', 'Avslutningssamtalet är redan registrerat som genomfört och kan inte ändras.', {
  rule: 'EMP-6',
});

/** EMP-6: the trainee, with RECORD_EXIT_CONVERSATION reaching her site (ORG-1: the deputy only their own site). */
async function traineeInScope(dataSource: DataSource, actor: Actor, traineeId: string): Promise<Trainee> {
  const trainee = await dataSource.getRepository(Trainee).findOneBy({ id: traineeId });
  if (!trainee) throw badUserInput(missingReferences([['BT-läkaren', 'traineeId', traineeId, trainee]]));
  assertPermissionReachesSite(actor.viewer, Permission.RECORD_EXIT_CONVERSATION, trainee.siteId);
  return trainee;
}

/**
 * EMP-6: writes `values` to the trainee's conversation (a new row without `previous`) unless it is held:
 * the update only touches a row not yet held, so of two requests racing one gets CONFLICT.
 */
async function writeUnlessHeld(
  manager: EntityManager,
  traineeId: string,
  previous: ExitConversation | null,
  values: Partial<ExitConversation>,
): Promise<ExitConversation> {
  if (previous?.heldOn) throw conflict([ALREADY_HELD]);
  if (previous) {
    const result = await manager.update(ExitConversation, { traineeId, heldOn: IsNull() }, { ...values, version: previous.version + 1 });
    if (!result.affected) throw conflict([ALREADY_HELD]);
  } else {
    const empty = { bookedFor: null, bookedById: null, heldOn: null, heldById: null, heldRecordedAt: null, notes: null };
    // a first write racing another first write: the second gets CONFLICT instead of a database error
    await manager.insert(ExitConversation, { traineeId, version: 1, ...empty, ...values }).catch((error: unknown) => {
      throw isUniqueViolation(error)
        ? conflict([problem('STALE_VERSION', 'Någon annan har ändrat avslutningssamtalet samtidigt. Läs in sidan igen; det du skrev finns kvar.')])
        : error;
    });
  }
  return (await manager.findOneBy(ExitConversation, { traineeId }))!;
}

/** EMP-6: book (or move) the exit conversation; not once it is held. Audited. */
export async function bookExitConversation(dataSource: DataSource, actor: Actor, traineeId: string, bookedFor: string): Promise<ExitConversation> {
  await traineeInScope(dataSource, actor, traineeId);
  if (!isIsoDate(bookedFor))
    throw badUserInput([
      problem('EXIT_CONVERSATION_DATE_INVALID', 'Ange dagen för avslutningssamtalet som ÅÅÅÅ-MM-DD.', { rule: 'EMP-6', field: 'bookedFor' }),
    ]);
  return dataSource.transaction(async (manager) => {
    const previous = await manager.findOneBy(ExitConversation, { traineeId });
    const saved = await writeUnlessHeld(manager, traineeId, previous, { bookedFor, bookedById: actor.viewer.id });
    await manager.insert(
      AuditEvent,
      auditEvent(actor, 'BOOK_EXIT_CONVERSATION', 'Trainee', traineeId, new Date(), { oldValue: previous?.bookedFor ?? null, newValue: bookedFor }),
    );
    return saved;
  });
}

/**
 * EMP-6: record the exit conversation as held (the day, who held it, notes): refused until the trainee's
 * evaluation of BT is submitted, and once held (final). Audited.
 */
export async function recordExitConversationHeld(
  dataSource: DataSource,
  actor: Actor,
  traineeId: string,
  heldOn: string,
  notes: string | null | undefined,
): Promise<ExitConversation> {
  await traineeInScope(dataSource, actor, traineeId);
  return dataSource.transaction(async (manager) => {
    const [previous, evaluation] = await Promise.all([
      manager.findOneBy(ExitConversation, { traineeId }),
      manager.findOne(BtEvaluation, { select: { traineeId: true, submittedAt: true }, where: { traineeId } }),
    ]);
    if (previous?.heldOn) throw conflict([ALREADY_HELD]);
    const problems = exitConversationHeldProblems(heldOn, actor.today, Boolean(evaluation?.submittedAt), notes);
    if (problems.length > 0) throw badUserInput(problems);
    const heldRecordedAt = new Date();
    const saved = await writeUnlessHeld(manager, traineeId, previous, {
      heldOn,
      heldById: actor.viewer.id,
      heldRecordedAt,
      notes: (notes ?? '').trim() || null,
    });
    await manager.insert(AuditEvent, auditEvent(actor, 'RECORD_EXIT_CONVERSATION_HELD', 'Trainee', traineeId, heldRecordedAt, { newValue: heldOn }));
    return saved;
  });
}

/**
 * EMP-6: whether the viewer may read a trainee's exit conversation with its notes: RECORD_EXIT_CONVERSATION
 * reaching her site, or the trainee herself. FORBIDDEN otherwise.
 */
export function assertExitConversationReaches({ viewer }: Actor, trainee: Trainee): void {
  const scope = permissionScope(viewer, Permission.RECORD_EXIT_CONVERSATION);
  if (scope === PermissionScope.ALL || (scope === PermissionScope.OWN_SITE && viewer.siteId === trainee.siteId)) return;
  if (viewer.traineeId === trainee.id) return;
  throw forbidden('Avslutningssamtalet syns bara för BT-läkaren själv och (biträdande) AT/BT-chefen för huvudorten.', 'TRAINEE_NOT_IN_SCOPE', 'EMP-6');
}
