import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { problem, salaryGuidelineProblems, salaryNote, type SalaryGuidelineDraft } from '@bt/domain';
import { isUniqueViolation } from '@bt/database';
import { badUserInput, conflict, updateVersioned, type Actor } from '@bt/subgraph';
import { SalaryGuideline } from './salary-guideline.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { auditEvent } from '../audit/audit-log';

/** EMP-2: the guidelines, newest year first; with `year` only that year's. */
export function salaryGuidelines(dataSource: DataSource, year: number | undefined): Promise<SalaryGuideline[]> {
  return dataSource.getRepository(SalaryGuideline).find({ where: year == null ? {} : { year }, order: { year: 'DESC' } });
}

/** Someone else set the year's guideline after this client read the list (or without its knowing of one). */
function guidelineChanged(year: number) {
  return conflict([
    problem('STALE_VERSION', `Någon annan har satt riktlinjen för ${year} medan du redigerade. Läs in sidan igen; det du skrev finns kvar.`, {
      params: { year },
    }),
  ]);
}

/**
 * EMP-2: sets a year's guideline, or replaces that year's earlier one, audited in the same transaction.
 * Replacing names the `version` read (no lost writes): a stale or missing version is refused with
 * CONFLICT, and so is a new year that someone else set in the meantime.
 */
export async function setSalaryGuideline(
  dataSource: DataSource,
  actor: Actor,
  draft: SalaryGuidelineDraft,
  version: number | undefined,
): Promise<SalaryGuideline> {
  const problems = salaryGuidelineProblems(draft);
  if (problems.length > 0) throw badUserInput(problems);
  const { year, minMonthlyOre, maxMonthlyOre } = draft;
  const note = salaryNote(draft.note);
  try {
    return await dataSource.transaction(async (manager) => {
      const existing = await manager.findOneBy(SalaryGuideline, { year });
      let guideline: SalaryGuideline;
      if (existing) {
        if (version == null) throw guidelineChanged(year);
        const newVersion = await updateVersioned(
          manager,
          SalaryGuideline,
          { id: existing.id, version, what: `riktlinjen för ${year}` },
          {
            minMonthlyOre,
            maxMonthlyOre,
            note,
          },
        );
        guideline = Object.assign(existing, { minMonthlyOre, maxMonthlyOre, note, version: newVersion });
      } else {
        if (version != null) throw guidelineChanged(year);
        guideline = Object.assign(new SalaryGuideline(), { id: randomUUID(), year, minMonthlyOre, maxMonthlyOre, note, version: 1 });
        await manager.insert(SalaryGuideline, guideline);
      }
      await manager.insert(AuditEvent, auditEvent(actor, 'SET_SALARY_GUIDELINE', 'SalaryGuideline', guideline.id));
      return guideline;
    });
  } catch (error) {
    // two first settings of one year at once: the unique year lets one in, the other is told to reload
    if (isUniqueViolation(error)) throw guidelineChanged(year);
    throw error;
  }
}
