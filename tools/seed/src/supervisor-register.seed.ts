import { Role } from '@bt/auth';
import { SpecialistStatus, Specialty, UnitKind } from '@bt/domain';
import type { Person, SupervisorQualification, Unit } from '@bt/employment';

/** EDU-7: the specialty a unit's supervisors are specialists or ST doctors in. */
const UNIT_SPECIALTY: Record<UnitKind, Specialty> = {
  [UnitKind.EMERGENCY]: Specialty.EMERGENCY_MEDICINE,
  [UnitKind.INTERNAL_MEDICINE]: Specialty.INTERNAL_MEDICINE,
  [UnitKind.SURGERY]: Specialty.SURGERY,
  [UnitKind.OPERATING]: Specialty.ANAESTHESIA_INTENSIVE_CARE,
  [UnitKind.PSYCHIATRY]: Specialty.PSYCHIATRY,
  [UnitKind.ON_CALL_CENTRE]: Specialty.GENERAL_PRACTICE,
  [UnitKind.PRIMARY_CARE]: Specialty.GENERAL_PRACTICE,
};

/** The day HR recorded the register (before every cohort of the demo data). */
const RECORDED_AT = new Date('2024-11-01T09:00:00Z');

/**
 * EDU-7: the supervisor register of the demo data, drawn without the random source (so the rest of the
 * data stays as it was): every main supervisor a GP specialist with supervisor training; the unit BT
 * leads and the first clinical supervisor of each unit specialists in the unit's specialty with training;
 * the others ST doctors in it without supervisor training yet (flagged when appointed).
 */
export function seedSupervisorRegister(people: readonly Person[], units: readonly Unit[]): SupervisorQualification[] {
  const hr = people.find((person) => person.roles.includes(Role.HR_COORDINATOR))!;
  const unitKind = new Map(units.map((unit) => [unit.id, unit.kind]));
  return people.flatMap((person, index) => {
    const kind = person.unitId ? unitKind.get(person.unitId) : undefined;
    const supervises = person.roles.includes(Role.MAIN_SUPERVISOR) || person.roles.includes(Role.CLINICAL_SUPERVISOR);
    if (!kind || !supervises) return [];
    const trained = person.roles.includes(Role.MAIN_SUPERVISOR) || person.roles.includes(Role.UNIT_BT_LEAD) || /-1$/.test(person.username);
    return [
      {
        id: person.id,
        version: 1,
        licensed: true,
        specialistStatus: trained ? SpecialistStatus.SPECIALIST : SpecialistStatus.ST_DOCTOR,
        specialty: UNIT_SPECIALTY[kind],
        supervisorTrainingCourse: trained ? 'LEK-kurs' : null,
        supervisorTrainingDate: trained ? `20${String(10 + (index % 12)).padStart(2, '0')}-0${1 + (index % 9)}-15` : null,
        yearsOfExperience: trained ? 8 + (index % 15) : 2 + (index % 3),
        changedAt: RECORDED_AT,
        changedById: hr.id,
      },
    ];
  });
}
