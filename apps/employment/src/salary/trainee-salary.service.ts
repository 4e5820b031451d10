import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { assertPermissionReachesSite, Permission } from '@bt/auth';
import { missingReferences, newestSalaryFirst, salaryInForce, salaryNote, traineeSalaryProblems, type TraineeSalaryDraft } from '@bt/domain';
import { badUserInput, type Actor } from '@bt/subgraph';
import { TraineeSalary } from './trainee-salary.entity';
import { Trainee } from '../trainee/trainee.entity';
import { Cohort } from '../cohort/cohort.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { auditEvent } from '../audit/audit-log';

/** EMP-2: a trainee's salaries in history order (newest validFrom first, the later decision first on the same day); NOT_FOUND without the trainee. */
export async function salaryHistory(dataSource: DataSource, traineeId: string): Promise<TraineeSalary[]> {
  const [trainee, salaries] = await Promise.all([
    dataSource.getRepository(Trainee).existsBy({ id: traineeId }),
    dataSource.getRepository(TraineeSalary).findBy({ traineeId }),
  ]);
  if (!trainee) throw badUserInput(missingReferences([['BT-läkaren', 'traineeId', traineeId, trainee]]));
  return salaries.sort(newestSalaryFirst);
}

/**
 * EMP-2: a new negotiated salary of a trainee from `validFrom`. ORG-1: the actor's SET_SALARY must
 * reach the site of the trainee's cohort (the deputy director: their own site). The history is never
 * overwritten: the change adds a row with the amount it replaces, audited in the same transaction.
 */
export async function setTraineeSalary(dataSource: DataSource, actor: Actor, traineeId: string, draft: TraineeSalaryDraft): Promise<TraineeSalary> {
  const { viewer } = actor;
  const trainee = await dataSource.getRepository(Trainee).findOneBy({ id: traineeId });
  if (!trainee) throw badUserInput([...missingReferences([['BT-läkaren', 'traineeId', traineeId, trainee]]), ...traineeSalaryProblems(draft, undefined)]);
  const cohort = await dataSource.getRepository(Cohort).findOneBy({ id: trainee.cohortId });
  assertPermissionReachesSite(viewer, Permission.SET_SALARY, cohort?.siteId ?? trainee.siteId);
  const problems = traineeSalaryProblems(draft, trainee);
  if (problems.length > 0) throw badUserInput(problems);
  return dataSource.transaction(async (manager) => {
    const previous = salaryInForce(await manager.findBy(TraineeSalary, { traineeId }), draft.validFrom);
    const decidedAt = new Date();
    const salary = Object.assign(new TraineeSalary(), {
      id: randomUUID(),
      traineeId,
      monthlyOre: draft.monthlyOre,
      validFrom: draft.validFrom,
      decidedById: viewer.id,
      decidedAt,
      note: salaryNote(draft.note),
      previousMonthlyOre: previous?.monthlyOre ?? null,
    });
    await manager.insert(TraineeSalary, salary);
    await manager.insert(AuditEvent, auditEvent(actor, 'SET_TRAINEE_SALARY', 'Trainee', traineeId, decidedAt));
    return salary;
  });
}
