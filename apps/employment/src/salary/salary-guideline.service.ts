import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { salaryGuidelineProblems, salaryNote, type SalaryGuidelineDraft } from '@bt/domain';
import { badUserInput, type Actor } from '@bt/subgraph';
import { SalaryGuideline } from './salary-guideline.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { auditEvent } from '../audit/audit-log';

/** EMP-2: the guidelines, newest year first; with `year` only that year's. */
export function salaryGuidelines(dataSource: DataSource, year: number | undefined): Promise<SalaryGuideline[]> {
  return dataSource.getRepository(SalaryGuideline).find({ where: year == null ? {} : { year }, order: { year: 'DESC' } });
}

/** EMP-2: sets a year's guideline, or replaces that year's earlier one; audited in the same transaction. */
export async function setSalaryGuideline(dataSource: DataSource, actor: Actor, draft: SalaryGuidelineDraft): Promise<SalaryGuideline> {
  const problems = salaryGuidelineProblems(draft);
  if (problems.length > 0) throw badUserInput(problems);
  const { year, minMonthlyOre, maxMonthlyOre } = draft;
  return dataSource.transaction(async (manager) => {
    const existing = await manager.findOneBy(SalaryGuideline, { year });
    const guideline = Object.assign(new SalaryGuideline(), {
      id: existing?.id ?? randomUUID(),
      year,
      minMonthlyOre,
      maxMonthlyOre,
      note: salaryNote(draft.note),
    });
    if (existing) await manager.update(SalaryGuideline, { id: guideline.id }, guideline);
    else await manager.insert(SalaryGuideline, guideline);
    await manager.insert(AuditEvent, auditEvent(actor, 'SET_SALARY_GUIDELINE', 'SalaryGuideline', guideline.id));
    return guideline;
  });
}
