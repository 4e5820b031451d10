import 'reflect-metadata';
import { buildSeedData, DEFAULT_AS_OF } from './seed-data';
import { isEmpty, loadSeed } from './load-seed';
import { closeSubgraphDatabases, openSubgraphDatabases } from './open-subgraph-databases';
import { progressBar } from '@bt/process';

const USAGE = `Användning: npm run seed [-- --scale N] [-- --as-of ÅÅÅÅ-MM-DD] [-- --if-empty-embedded]
Laddar demodata i varje delgrafs databas (EMPLOYMENT_DATABASE_URL, EDUCATION_DATABASE_URL,
CERTIFICATION_DATABASE_URL; utan URL den inbyggda SQLite-databasen under data/). Det går att köra flera gånger:
rader som redan finns lämnas orörda. Med --if-empty-embedded (som npm start använder) laddas data bara i en tom
inbyggd databas.`;

function parseArguments(args: string[]): { scale: number; asOf: string; ifEmptyEmbedded: boolean } {
  const options = { scale: 1, asOf: DEFAULT_AS_OF, ifEmptyEmbedded: false };
  for (let i = 0; i < args.length; i += 1) {
    const value = args[i + 1];
    if (args[i] === '--scale') {
      options.scale = Number(value);
      i += 1;
    } else if (args[i] === '--as-of') {
      options.asOf = value;
      i += 1;
    } else if (args[i] === '--if-empty-embedded') {
      options.ifEmptyEmbedded = true;
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
    if (options.ifEmptyEmbedded) {
      const embedded = Object.values(databases).every((database) => database.engine === 'sqlite');
      if (!embedded || !(await isEmpty(databases))) {
        if (!embedded) console.log('Extern databas: ladda demodata med "npm run seed" vid behov.');
        return;
      }
    }
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
