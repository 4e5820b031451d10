import fs from 'node:fs';
import type { DataSource } from 'typeorm';
import { progressBar } from '@bt/process';
import type { Clock } from '@bt/subgraph';
import { commandActor } from '@bt/jobs';
import { importApplications } from '@bt/employment';
import { decodeCsvFile } from '@bt/domain';
import type { ImportArguments } from './import-arguments';

export interface ImportOutput {
  out: (line: string) => void;
  err: NodeJS.WriteStream;
}

/**
 * Imports a file into a round with the same service as the importApplications mutation, prints a
 * progress bar, the result, each failing row with its line and each saved row to check (REC-1: late, or
 * dated long before the advert), and returns the exit code: 1 when any row failed, 0 otherwise.
 */
export async function runImport(dataSource: DataSource, args: ImportArguments, clock: Clock, output: ImportOutput): Promise<number> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(args.file);
  } catch (error) {
    throw new Error(`Kunde inte läsa ${args.file}: ${(error as Error).message}`);
  }
  // REC-1: UTF-8 (with or without BOM) or Windows-1252, as the dashboard reads it
  const { text, problems } = decodeCsvFile(bytes);
  if (problems.length > 0) throw new Error(`${args.file}: ${problems.map((item) => item.message).join(' ')}`);
  const result = await importApplications(dataSource, commandActor(clock()), args.roundId, text, progressBar('Ansökningar', output.err));
  output.out(`Klart: ${result.created} nya, ${result.unchanged} oförändrade, ${result.errors.length} rader med fel.`);
  for (const error of result.errors) output.out(`Rad ${error.line}: ${error.reason}`);
  for (const warning of result.warnings) output.out(`Rad ${warning.line} (sparad, kontrollera): ${warning.reason}`);
  return result.errors.length > 0 ? 1 : 0;
}
