import 'reflect-metadata';
import { openDatabase } from '@bt/database';
import { employmentDatabase } from '@bt/employment';
import { clockFromEnv } from '@bt/subgraph';
import { parseImportArguments, USAGE } from './import-arguments';
import { runImport } from './run-import';

async function main(): Promise<number> {
  if (process.argv.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const args = parseImportArguments(process.argv.slice(2));
  const database = await openDatabase(employmentDatabase);
  try {
    return await runImport(database.dataSource, args, clockFromEnv(), { out: (line) => console.log(line), err: process.stderr });
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
