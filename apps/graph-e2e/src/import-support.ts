import { Absence, Trainee } from '@bt/employment';
import { addDays } from '@bt/domain';
import type { TestGraph } from '@bt/test-graph';

export const IMPORT_RESULT = 'created unchanged errors { line reason codes notices { code message params { name value } } } warnings { line }';

export interface ImportResultData {
  created: number;
  unchanged: number;
  errors: { line: number; reason: string; codes: string[] }[];
  warnings: unknown[];
}

/** A valid personal identity number no demo person has (Luhn digit computed for 900101-238). */
export const NOBODY = '19900101-2385';

/** Trainees as the imports match them: id, personal identity number and employment, employed over `from`–`to`. */
export async function employedTrainees(graph: TestGraph, from: string, to: string): Promise<Trainee[]> {
  const trainees = await graph.databases.employment.dataSource.getRepository(Trainee).find({ order: { id: 'ASC' } });
  return trainees.filter((trainee) => trainee.employmentStart <= from && trainee.employmentEnd >= to);
}

/** The first Monday from `after` on which a trainee has `days` days free of absence, within the employment. */
export async function freeDays(graph: TestGraph, trainee: Trainee, after: string, days: number): Promise<{ from: string; to: string }> {
  const absences = await graph.databases.employment.dataSource.getRepository(Absence).findBy({ traineeId: trainee.id });
  for (let from = after; addDays(from, days - 1) <= trainee.employmentEnd; from = addDays(from, 7)) {
    const to = addDays(from, days - 1);
    if (!absences.some((absence) => absence.startDate <= to && from <= absence.endDate)) return { from, to };
  }
  throw new Error(`no ${days} free days for ${trainee.id}`);
}

/** The file's lines and errors as [line, codes], for comparing a result at a glance. */
export const errorCodes = (result: ImportResultData) => result.errors.map(({ line, codes }) => [line, codes]);
