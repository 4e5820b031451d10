import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ApplicationState, changedColumns, importProblems, lineProblem, problem, readApplicationCsv, type LineProblem } from '@bt/domain';
import { badUserInput, type Actor } from '@bt/subgraph';
import { Application } from './application.entity';
import { applicationColumns, draftOf } from './application-columns';
import type { ImportResult } from './import-result.type';
import { requireRound } from '../recruitment.lookup';
import { Site } from '../../site/site.entity';

const CHUNK = 200;

/** Rows handled so far, of all the file's rows. */
export type ImportProgress = (done: number, total: number) => void;

/**
 * REC-1: imports the job portal's CSV export into a round (imported, not retyped). Each row is checked;
 * a failing row is reported with its file line and reason and nothing of it is saved; the valid rows are
 * saved together. A row whose application number the round already has is `unchanged` when its data are
 * the same, and an error when they differ (changes are made in the application, not by re-importing).
 * Used by the importApplications mutation and by the command line (tools/recruitment-import, as
 * libs/jobs' command actor). Personal identity numbers cannot be born after the actor's day. SQL
 * statements: a few reads, then one INSERT per 200 new rows.
 */
export async function importApplications(
  dataSource: DataSource,
  actor: Actor,
  roundId: string,
  csv: string,
  onProgress?: ImportProgress,
): Promise<ImportResult> {
  const round = await requireRound(dataSource, actor, roundId);
  const roundProblems = importProblems(round.state);
  if (roundProblems.length > 0) throw badUserInput(roundProblems);
  const sites = await dataSource.getRepository(Site).find({ order: { name: 'ASC' } });
  const { rows, errors: fileErrors } = readApplicationCsv(csv, {
    siteIdByName: (name) => sites.find((site) => site.name.toLowerCase() === name.trim().toLowerCase())?.id,
    siteNames: sites.map((site) => site.name),
    today: actor.today,
  });
  const total = rows.length + fileErrors.length;
  const stored = await dataSource.getRepository(Application).findBy({ roundId });
  const byNumber = new Map(stored.map((application) => [application.externalId, application]));
  const byIdentity = new Map(stored.map((application) => [application.personalIdentityNumber, application]));
  const created: Application[] = [];
  const rowErrors: LineProblem[] = [...fileErrors];
  let unchanged = 0;
  for (const { line, draft } of rows) {
    const existing = byNumber.get(draft.externalId);
    const sameIdentity = byIdentity.get(draft.personalIdentityNumber);
    if (existing) {
      const changed = changedColumns(draftOf(existing), draft);
      if (changed.length === 0) unchanged += 1;
      else {
        const message = `Ansökan ${draft.externalId} finns redan med andra uppgifter (${changed.join(', ')}); ändra den i systemet i stället för att importera den igen.`;
        rowErrors.push(
          lineProblem(line, [
            problem('APPLICATION_CHANGED_IN_FILE', message, {
              rule: 'REC-1',
              field: 'ansökningsnummer',
              params: { externalId: draft.externalId, columns: changed.join(', ') },
            }),
          ]),
        );
      }
    } else if (sameIdentity) {
      const message = `Personnumret finns redan i omgången i ansökan ${sameIdentity.externalId}; samma person kan bara söka en gång per omgång.`;
      rowErrors.push(
        lineProblem(line, [
          problem('APPLICANT_ALREADY_IN_ROUND', message, { rule: 'REC-1', field: 'personnummer', params: { externalId: sameIdentity.externalId } }),
        ]),
      );
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
  onProgress?.(done, total);
  await dataSource.transaction(async (manager) => {
    for (let i = 0; i < created.length; i += CHUNK) {
      const chunk = created.slice(i, i + CHUNK);
      await manager.insert(Application, chunk);
      onProgress?.((done += chunk.length), total);
    }
  });
  const errors = rowErrors.sort((a, b) => a.line - b.line).map(({ line, reason, problems }) => ({ line, reason, codes: problems.map((item) => item.code) }));
  return { created: created.length, unchanged, errors };
}
