import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  ApplicationState,
  applicationDateWarnings,
  changedColumns,
  importCollisionProblem,
  importInProgressProblem,
  importProblems,
  importSizeProblems,
  lineProblem,
  problem,
  readApplicationCsv,
  type ApplicationDraft,
  type LineProblem,
} from '@bt/domain';
import { isUniqueViolation } from '@bt/database';
import { badUserInput, type Actor } from '@bt/subgraph';
import { Application } from './application.entity';
import { applicationColumns, draftOf } from './application-columns';
import { reportedLines, type ImportResult } from './import-result.type';
import { requireRound } from '../recruitment.lookup';
import type { RecruitmentRound } from '../round/recruitment-round.entity';
import { Site } from '../../site/site.entity';

const CHUNK = 200;

/** Rows handled so far, of all the file's rows. */
export type ImportProgress = (done: number, total: number) => void;

/** Rounds this process is importing into now: a second import of the same round is refused until the first ends. */
const roundsBeingImported = new Set<string>();

/**
 * REC-1: imports the job portal's CSV export into a round (imported, not retyped). Each row is checked;
 * a failing row is reported with its file line and reason and nothing of it is saved; the valid rows are
 * saved together. A row whose application number the round already has is `unchanged` when its data are
 * the same, and an error when they differ (changes are made in the application, not by re-importing).
 * Used by the importApplications mutation and by the command line (tools/recruitment-import, as
 * libs/jobs' command actor). Personal identity numbers cannot be born after the actor's day. A file
 * beyond MAX_IMPORT_BYTES or MAX_IMPORT_ROWS is refused whole (IMPORT_TOO_LARGE, IMPORT_TOO_MANY_ROWS).
 * Two imports into the same round at once give one import and one refusal, never a server error: the
 * second is refused while the first runs in this process (IMPORT_IN_PROGRESS); between processes the
 * round's row is locked at the start of the transaction, so the second waits and finds the rows
 * `unchanged`; a unique key broken by a concurrent writer all the same saves nothing (IMPORT_COLLISION).
 * SQL statements: a few reads, the lock, then one INSERT per 200 new rows.
 */
export async function importApplications(
  dataSource: DataSource,
  actor: Actor,
  roundId: string,
  csv: string,
  onProgress?: ImportProgress,
): Promise<ImportResult> {
  const sizeProblems = importSizeProblems({ bytes: Buffer.byteLength(csv, 'utf8') });
  if (sizeProblems.length > 0) throw badUserInput(sizeProblems);
  const round = await requireRound(dataSource, actor, roundId);
  const roundProblems = importProblems(round.state);
  if (roundProblems.length > 0) throw badUserInput(roundProblems);
  if (roundsBeingImported.has(roundId)) throw badUserInput([importInProgressProblem()]);
  roundsBeingImported.add(roundId);
  try {
    return await importIntoRound(dataSource, actor, round, csv, onProgress);
  } catch (error) {
    if (isUniqueViolation(error)) throw badUserInput([importCollisionProblem()]);
    throw error;
  } finally {
    roundsBeingImported.delete(roundId);
  }
}

/** Locks the round's row until the transaction ends, on both engines: a concurrent import into it waits here. */
async function lockRound(manager: EntityManager, roundId: string): Promise<void> {
  await manager.query('UPDATE recruitment_round SET id = id WHERE id = ?', [roundId]);
}

async function importIntoRound(dataSource: DataSource, actor: Actor, round: RecruitmentRound, csv: string, onProgress?: ImportProgress): Promise<ImportResult> {
  const roundId = round.id;
  const sites = await dataSource.getRepository(Site).find({ order: { name: 'ASC' } });
  const { rows, errors: fileErrors } = readApplicationCsv(csv, {
    siteIdByName: (name) => sites.find((site) => site.name.toLowerCase() === name.trim().toLowerCase())?.id,
    siteNames: sites.map((site) => site.name),
    today: actor.today,
  });
  const total = rows.length + fileErrors.length;
  const rowProblems = importSizeProblems({ bytes: 0, rows: total });
  if (rowProblems.length > 0) throw badUserInput(rowProblems);
  return dataSource.transaction(async (manager) => {
    await lockRound(manager, roundId);
    const stored = await manager.getRepository(Application).findBy({ roundId });
    const { created, unchanged, rowErrors } = sortRows(roundId, rows, stored);
    let done = total - created.length;
    onProgress?.(done, total);
    for (let i = 0; i < created.length; i += CHUNK) {
      const chunk = created.slice(i, i + CHUNK);
      await manager.insert(Application, chunk);
      onProgress?.((done += chunk.length), total);
    }
    // REC-1: late rows and rows dated long before the advert are saved, and flagged
    const savedLines = new Set(created.map((application) => application.externalId));
    const warnings = rows
      .filter(({ draft }) => savedLines.has(draft.externalId))
      .map(({ line, draft }) => lineProblem(line, applicationDateWarnings(draft.receivedAt, round)))
      .filter((warning) => warning.problems.length > 0);
    return { created: created.length, unchanged, errors: reportedLines([...fileErrors, ...rowErrors]), warnings: reportedLines(warnings) };
  });
}

/** The file's checked rows against the round's stored applications: new ones to save, unchanged ones, and rows in conflict. */
function sortRows(
  roundId: string,
  rows: readonly { line: number; draft: ApplicationDraft }[],
  stored: readonly Application[],
): { created: Application[]; unchanged: number; rowErrors: LineProblem[] } {
  const byNumber = new Map(stored.map((application) => [application.externalId, application]));
  const byIdentity = new Map(stored.map((application) => [application.personalIdentityNumber, application]));
  const created: Application[] = [];
  const rowErrors: LineProblem[] = [];
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
  return { created, unchanged, rowErrors };
}
