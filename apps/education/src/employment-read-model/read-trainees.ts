import { In, type DataSource } from 'typeorm';
import type { ChangeFeedConsumer, EmploymentChange } from '@bt/subgraph';
import { ReadTrainee } from './read-trainee.entity';

/** What reading the model of employment's trainees needs: education's database and the model's consumer. */
export interface EmploymentReader {
  dataSource: DataSource;
  employmentReadModel: ChangeFeedConsumer<EmploymentChange>;
}

/**
 * The trainees as the read model of employment holds them, by id: one statement; when some are not
 * there yet (employed a moment ago), after one catch-up with employment's feed. Missing ids: no such trainee.
 */
export async function readTrainees({ dataSource, employmentReadModel }: EmploymentReader, traineeIds: readonly string[]): Promise<Map<string, ReadTrainee>> {
  const ids = [...new Set(traineeIds)];
  const read = async () => new Map((await dataSource.getRepository(ReadTrainee).findBy({ traineeId: In(ids) })).map((row) => [row.traineeId, row]));
  const found = await read();
  if (found.size === ids.length) return found;
  await employmentReadModel.catchUp();
  return read();
}

/** One trainee as the read model holds it (readTrainees); null when employment has no such trainee. */
export async function readTrainee(reader: EmploymentReader, traineeId: string): Promise<ReadTrainee | null> {
  return (await readTrainees(reader, [traineeId])).get(traineeId) ?? null;
}
