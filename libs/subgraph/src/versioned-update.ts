import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';
import { problem } from '@bt/domain';
import { conflict } from './input-errors';

/**
 * Writes `changes` to the record `id` only while it still has the `version` the client read, in one
 * statement (`UPDATE … WHERE id = ? AND version = ?`, and TypeORM's `@VersionColumn` adds one to the
 * version), so two concurrent saves of one version cannot both succeed. The other gets CONFLICT
 * (`STALE_VERSION`) naming `what` ("BT-läkaren") and keeps what was typed. Returns the new version.
 */
export async function updateVersioned<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  { id, version, what }: { id: string; version: number; what: string },
  changes: QueryDeepPartialEntity<T>,
): Promise<number> {
  const updated = await manager.update(entity, { id, version } as unknown as FindOptionsWhere<T>, changes);
  if (updated.affected !== 1) {
    throw conflict([problem('STALE_VERSION', `Någon annan har ändrat ${what} medan du redigerade. Läs in sidan igen; det du skrev finns kvar.`)]);
  }
  return version + 1;
}

/** The description of an update mutation's `version` argument. */
export const VERSION_READ = 'Postens version när den lästes (fältet version). Har någon annan ändrat posten sedan dess nekas ändringen med CONFLICT.';
