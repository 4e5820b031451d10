import type { DataSource } from 'typeorm';
import { missingReferences, problem, supervisorQualificationProblems } from '@bt/domain';
import { isUniqueViolation } from '@bt/database';
import { badUserInput, conflict, updateVersioned, type Actor } from '@bt/subgraph';
import { Person } from './person.entity';
import { SupervisorQualification } from './supervisor-qualification.entity';
import type { SupervisorQualificationInput } from './supervisor-qualification.input';
import type { SupervisionFacts } from './supervision-facts.type';
import { Trainee } from '../trainee/trainee.entity';
import { Unit } from '../unit/unit.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { auditEvent } from '../audit/audit-log';

/** Someone else recorded the person in the register after this client read it. */
const registerChanged = () =>
  conflict([
    problem(
      'STALE_VERSION',
      'Någon annan har ändrat personens uppgifter i handledarregistret medan du redigerade. Läs in sidan igen; det du skrev finns kvar.',
    ),
  ]);

/** A register entry as the audit trail records it (no personal data beyond the qualification itself). */
const described = (entry: Omit<SupervisorQualification, 'id' | 'version' | 'changedAt' | 'changedById'>) =>
  [
    entry.licensed ? 'legitimerad' : 'ej legitimerad',
    entry.specialistStatus ?? '-',
    entry.specialty ?? '-',
    entry.supervisorTrainingDate ?? '-',
    entry.yearsOfExperience ?? '-',
  ].join(',');

/**
 * EDU-7, ORG-2: records a person's entry in the supervisor register, or changes it (then with the
 * `version` read; stale or missing: CONFLICT), audited with the old and the new entry in the same
 * transaction.
 */
export async function setSupervisorQualification(
  dataSource: DataSource,
  actor: Actor,
  personId: string,
  version: number | undefined,
  input: SupervisorQualificationInput,
): Promise<SupervisorQualification> {
  const person = await dataSource.getRepository(Person).findOneBy({ id: personId });
  const problems = [...missingReferences([['Personen', 'personId', personId, person]]), ...supervisorQualificationProblems(input, actor.today)];
  if (problems.length > 0) throw badUserInput(problems);
  const changes = {
    licensed: input.licensed,
    specialistStatus: input.specialistStatus ?? null,
    specialty: input.specialty ?? null,
    supervisorTrainingCourse: input.supervisorTrainingCourse?.trim() || null,
    supervisorTrainingDate: input.supervisorTrainingDate ?? null,
    yearsOfExperience: input.yearsOfExperience ?? null,
    changedAt: new Date(),
    changedById: actor.viewer.id,
  };
  try {
    return await dataSource.transaction(async (manager) => {
      const existing = await manager.findOneBy(SupervisorQualification, { id: personId });
      let entry: SupervisorQualification;
      if (existing) {
        if (version == null) throw registerChanged();
        const next = await updateVersioned(
          manager,
          SupervisorQualification,
          { id: personId, version, what: 'personens uppgifter i handledarregistret' },
          changes,
        );
        entry = Object.assign(new SupervisorQualification(), { ...existing, ...changes, version: next });
      } else {
        if (version != null) throw registerChanged();
        entry = Object.assign(new SupervisorQualification(), { id: personId, version: 1, ...changes });
        await manager.insert(SupervisorQualification, entry);
      }
      const change = { oldValue: existing ? described(existing) : null, newValue: described(entry) };
      await manager.insert(AuditEvent, auditEvent(actor, 'SET_SUPERVISOR_QUALIFICATION', 'Person', personId, changes.changedAt, change));
      return entry;
    });
  } catch (error) {
    // two first entries for one person at once: the primary key lets one in, the other is told to reload
    if (isUniqueViolation(error)) throw registerChanged();
    throw error;
  }
}

/** EDU-7, EMP-1: the facts of one assignment, for education's service identity (one person, one trainee, the one appointing). */
export async function supervisionFacts(dataSource: DataSource, traineeId: string, personId: string, appointerId: string): Promise<SupervisionFacts> {
  const [person, qualification, trainee, appointer] = await Promise.all([
    dataSource.getRepository(Person).findOneBy({ id: personId }),
    dataSource.getRepository(SupervisorQualification).findOneBy({ id: personId }),
    dataSource.getRepository(Trainee).findOne({ where: { id: traineeId }, select: { id: true, employmentForm: true, siteId: true, stUnitId: true } }),
    dataSource.getRepository(Person).findOne({ where: { id: appointerId }, select: { id: true, unitId: true } }),
  ]);
  const stUnit = trainee?.stUnitId
    ? await dataSource.getRepository(Unit).findOne({ where: { id: trainee.stUnitId }, select: { id: true, headOfUnitId: true } })
    : null;
  return {
    personFound: person !== null,
    personRoles: person?.roles ?? [],
    personUnitId: person?.unitId ?? null,
    qualification,
    traineeEmploymentForm: trainee?.employmentForm ?? null,
    traineeSiteId: trainee?.siteId ?? null,
    appointerUnitId: appointer?.unitId ?? null,
    traineeStUnitHeadId: stUnit?.headOfUnitId ?? null,
  };
}
