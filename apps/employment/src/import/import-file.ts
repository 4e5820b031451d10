import type { EntityManager } from 'typeorm';
import { importSizeProblems, type LineProblem } from '@bt/domain';
import { findIn } from '@bt/database';
import { badUserInput } from '@bt/subgraph';
import { Trainee } from '../trainee/trainee.entity';

/**
 * REC-1 for every import: a file beyond MAX_IMPORT_BYTES, or with more lines than MAX_IMPORT_ROWS once
 * read by `read`, is refused whole (IMPORT_TOO_LARGE, IMPORT_TOO_MANY_ROWS); else its read rows and errors.
 */
export function readImportFile<R>(csv: string, read: (text: string) => { rows: R[]; errors: LineProblem[] }): { rows: R[]; errors: LineProblem[] } {
  const sizeProblems = importSizeProblems({ bytes: Buffer.byteLength(csv, 'utf8') });
  if (sizeProblems.length > 0) throw badUserInput(sizeProblems);
  const file = read(csv);
  const rowProblems = importSizeProblems({ bytes: 0, rows: file.rows.length + file.errors.length });
  if (rowProblems.length > 0) throw badUserInput(rowProblems);
  return file;
}

/**
 * The trainees of an import file's lines by their (normalised) personal identity numbers, read in batches.
 * Their rows are locked first, before anything of the transaction is read (so that MariaDB's snapshot is
 * taken after the wait), until the transaction ends: a concurrent import of the same trainees waits here
 * and then finds the lines `unchanged`. 500 numbers a statement.
 */
export async function traineesByIdentity(manager: EntityManager, rows: readonly { row: { personalIdentityNumber: string } }[]): Promise<Map<string, Trainee>> {
  const numbers = [...new Set(rows.map(({ row }) => row.personalIdentityNumber))];
  for (let i = 0; i < numbers.length; i += 500) {
    const chunk = numbers.slice(i, i + 500);
    await manager.query(`UPDATE trainee SET id = id WHERE personalIdentityNumber IN (${chunk.map(() => '?').join(', ')})`, chunk);
  }
  const trainees = await findIn(manager, Trainee, 'personalIdentityNumber', numbers);
  return new Map(trainees.map((trainee) => [trainee.personalIdentityNumber, trainee]));
}
