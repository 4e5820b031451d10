import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ApplicationState, changedColumns, importProblems, missingReferences, readApplicationCsv, type IsoDate, type LineProblem } from '@bt/domain';
import { badUserInput } from '@bt/subgraph';
import { Application } from './application.entity';
import { applicationColumns, draftOf } from './application-columns';
import type { ImportResult } from './import-result.type';
import { RecruitmentRound } from '../round/recruitment-round.entity';
import { Site } from '../../site/site.entity';

const CHUNK = 200;

export interface ImportOptions {
  /** The request clock's day (personal identity numbers cannot be born later). */
  today: IsoDate;
  /** Rows handled so far, of all the file's rows. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * REC-1: imports the job portal's CSV export into a round (imported, not retyped). Each row is checked;
 * a failing row is reported with its file line and reason and nothing of it is saved; the valid rows are
 * saved together. A row whose application number the round already has is `unchanged` when its data are
 * the same, and an error when they differ (changes are made in the application, not by re-importing).
 * Used by the importApplications mutation and by the command line (tools/recruitment-import). SQL
 * statements: a few reads, then one INSERT per 200 new rows.
 */
export async function importApplicationCsv(dataSource: DataSource, roundId: string, csv: string, options: ImportOptions): Promise<ImportResult> {
  const round = await dataSource.getRepository(RecruitmentRound).findOneBy({ id: roundId });
  if (!round) throw badUserInput(missingReferences([['Rekryteringsomgången', 'roundId', roundId, round]]));
  const roundProblems = importProblems(round.state);
  if (roundProblems.length > 0) throw badUserInput(roundProblems);
  const sites = await dataSource.getRepository(Site).find({ order: { name: 'ASC' } });
  const { rows, errors } = readApplicationCsv(csv, {
    siteIdByName: (name) => sites.find((site) => site.name.toLowerCase() === name.trim().toLowerCase())?.id,
    siteNames: sites.map((site) => site.name),
    today: options.today,
  });
  const total = rows.length + errors.length;
  const stored = await dataSource.getRepository(Application).findBy({ roundId });
  const byNumber = new Map(stored.map((application) => [application.externalId, application]));
  const byIdentity = new Map(stored.map((application) => [application.personalIdentityNumber, application]));
  const created: Application[] = [];
  const rowErrors: LineProblem[] = [...errors];
  let unchanged = 0;
  for (const { line, draft } of rows) {
    const existing = byNumber.get(draft.externalId);
    const sameIdentity = byIdentity.get(draft.personalIdentityNumber);
    if (existing) {
      const changed = changedColumns(draftOf(existing), draft);
      if (changed.length === 0) unchanged += 1;
      else rowErrors.push({ line, reason: `Ansökan ${draft.externalId} finns redan med andra uppgifter (${changed.join(', ')}); ändra den i systemet i stället för att importera den igen.` });
    } else if (sameIdentity) {
      rowErrors.push({ line, reason: `Personnumret finns redan i omgången i ansökan ${sameIdentity.externalId}; samma person kan bara söka en gång per omgång.` });
    } else {
      const application = Object.assign(new Application(), {
        id: randomUUID(),
        roundId,
        state: ApplicationState.RECEIVED,
        ...applicationColumns(draft, draft.personalIdentityNumber),
      });
      created.push(application);
      byNumber.set(application.externalId, application);
      byIdentity.set(application.personalIdentityNumber, application);
    }
  }
  let done = total - created.length;
  options.onProgress?.(done, total);
  await dataSource.transaction(async (manager) => {
    for (let i = 0; i < created.length; i += CHUNK) {
      const chunk = created.slice(i, i + CHUNK);
      await manager.insert(Application, chunk);
      options.onProgress?.((done += chunk.length), total);
    }
  });
  return { created: created.length, unchanged, errors: rowErrors.sort((a, b) => a.line - b.line) };
}
