import fs from 'node:fs';
import type { DataSource } from 'typeorm';
import { progressBar } from '@bt/process';
import type { Clock } from '@bt/subgraph';
import { commandActor } from '@bt/jobs';
import { importApplications } from '@bt/employment';
import type { ImportArguments } from './import-arguments';

export interface ImportOutput {
  out: (line: string) => void;
  err: NodeJS.WriteStream;
}

/**
 * Imports a file into a round with the same service as the importApplications mutation, prints a
 * progress bar, the result and each failing row with its line, and returns the exit code: 1 when any
 * row failed, 0 otherwise.
 */
export async function runImport(dataSource: DataSource, args: ImportArguments, clock: Clock, output: ImportOutput): Promise<number> {
  let csv: string;
  try {
    csv = fs.readFileSync(args.file, 'utf8');
  } catch (error) {
    throw new Error(`Kunde inte läsa ${args.file}: ${(error as Error).message}`);
  }
  const result = await importApplications(dataSource, commandActor(clock()), args.roundId, csv, progressBar('Ansökningar', output.err));
  output.out(`Klart: ${result.created} nya, ${result.unchanged} oförändrade, ${result.errors.length} rader med fel.`);
  for (const error of result.errors) output.out(`Rad ${error.line}: ${error.reason}`);
  return result.errors.length > 0 ? 1 : 0;
}
