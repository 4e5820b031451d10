import 'reflect-metadata';
import { buildSeedData, DEFAULT_AS_OF } from './seed-data';
import { loadSeed } from './load-seed';
import { closeSubgraphDatabases, openSubgraphDatabases } from './open-subgraph-databases';
import { progressBar } from './progress-bar';

const USAGE = `Användning: npm run seed [-- --scale N] [-- --as-of ÅÅÅÅ-MM-DD]
Laddar demodata i varje delgrafs databas (EMPLOYMENT_DATABASE_URL, EDUCATION_DATABASE_URL,
CERTIFICATION_DATABASE_URL; utan URL den inbyggda SQLite-databasen under data/). Det går att köra flera gånger:
rader som redan finns lämnas orörda.`;

function parseArguments(args: string[]): { scale: number; asOf: string } {
  const options = { scale: 1, asOf: DEFAULT_AS_OF };
  for (let i = 0; i < args.length; i += 1) {
    const value = args[i + 1];
    if (args[i] === '--scale') {
      options.scale = Number(value);
      i += 1;
    } else if (args[i] === '--as-of') {
      options.asOf = value;
      i += 1;
    } else {
      throw new Error(`Okänt argument "${args[i]}".\n${USAGE}`);
    }
  }
  return options;
}

async function main() {
  if (process.argv.includes('--help')) return console.log(USAGE);
  const options = parseArguments(process.argv.slice(2));
  const data = buildSeedData(options);
  const databases = await openSubgraphDatabases();
  try {
    const rows = await loadSeed(databases, data, progressBar('Demodata'));
    console.log(`Klart: ${data.cohorts.length} kullar, ${data.trainees.length} BT-läkare, ${data.people.length} personal (${rows} rader kontrollerade).`);
  } finally {
    await closeSubgraphDatabases(databases);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
