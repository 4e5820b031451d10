import type { DataSource } from 'typeorm';
import type { Job } from '@bt/jobs';
import { ChangeEvent } from './change-event.entity';

/**
 * Keeps a subgraph's change feed from growing with every change: deletes each event that a later event
 * of the same trainee supersedes. Every event carries the trainee's whole state, so a reader after any
 * position still reaches every trainee's newest state, and a replay from 0 builds the same read model;
 * each trainee keeps one event (education's publishUnpublishedTrainees looks for it). Returns how many it deleted.
 */
export async function compactChangeFeed(dataSource: DataSource): Promise<number> {
  const escape = (name: string) => dataSource.driver.escape(name);
  const [table, position, traineeId] = [escape(dataSource.getMetadata(ChangeEvent).tableName), escape('position'), escape('traineeId')];
  const result = await dataSource
    .createQueryBuilder()
    .delete()
    .from(ChangeEvent)
    .where(`${position} < (SELECT MAX(newer.${position}) FROM ${table} newer WHERE newer.${traineeId} = ${table}.${traineeId})`)
    .execute();
  return result.affected ?? 0;
}

/** Every night at 02:30 (Stockholm) the superseded events of the subgraph's change feed are deleted. */
export const compactChangeFeedJob: Job = {
  name: 'compact-change-feed',
  schedule: '30 2 * * *',
  async run({ dataSource }) {
    const deleted = await compactChangeFeed(dataSource);
    return `${deleted} ersatta händelser borttagna ur ändringsflödet.`;
  },
};
