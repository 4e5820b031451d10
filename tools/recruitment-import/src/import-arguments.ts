export const USAGE = `Användning: npx ts-node --project tsconfig.base.json tools/recruitment-import/src/import.command.ts --round <omgångens id> <fil.csv>
Importerar jobbportalens export av ansökningar (CSV med semikolon eller komma, i UTF-8 eller Windows-1252
som Excel sparar den, med rubrikrad, se
tools/recruitment-import/README.md) till en rekryteringsomgång i anställningsdelens databas
(EMPLOYMENT_DATABASE_URL, annars den inbyggda SQLite-databasen under data/). Samma fil kan importeras
flera gånger utan dubbletter. Rader med fel skrivs ut med radnummer och sparas inte; då avslutas
kommandot med felkod 1.`;

export interface ImportArguments {
  roundId: string;
  file: string;
}

/** `--round <id> <file>` in any order; throws with the usage when something is missing or unknown. */
export function parseImportArguments(args: readonly string[]): ImportArguments {
  let roundId: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    if (args[i] === '--round') {
      roundId = args[i + 1];
      i += 1;
    } else if (args[i].startsWith('--')) {
      throw new Error(`Okänt argument "${args[i]}".\n${USAGE}`);
    } else {
      files.push(args[i]);
    }
  }
  if (!roundId) throw new Error(`Ange omgången med --round <id>.\n${USAGE}`);
  if (files.length !== 1) throw new Error(`Ange en CSV-fil att importera.\n${USAGE}`);
  return { roundId, file: files[0] };
}
