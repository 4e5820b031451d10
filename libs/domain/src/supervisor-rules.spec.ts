import { EmploymentForm } from './organisation';
import { PlacementKind } from './placement-schedule';
import {
  clinicalSupervisorCheck,
  mainSupervisorAppointer,
  mainSupervisorAppointerProblem,
  MainSupervisorAppointer,
  mainSupervisorCheck,
  mainSupervisorDueDate,
  placementSpecialty,
  SpecialistStatus,
  Specialty,
  supervisorCheck,
  supervisorQualificationProblems,
  type SupervisedPlacement,
  type SupervisorQualificationFacts,
} from './supervisor-rules';

const gp: SupervisorQualificationFacts = {
  licensed: true,
  specialistStatus: SpecialistStatus.SPECIALIST,
  specialty: Specialty.GENERAL_PRACTICE,
  supervisorTrainingCourse: 'LEK-kurs',
  supervisorTrainingDate: '2020-05-01',
  yearsOfExperience: 12,
};
const codes = (problems: { code: string }[]) => problems.map((p) => p.code);
const placement = (kind: PlacementKind, unitId: string, startDate: string, clinicalSupervisorId: string | null = null): SupervisedPlacement => ({
  kind,
  unitId,
  startDate,
  clinicalSupervisorId,
});
const plan = (clinicalSupervisorId: string | null = 'hhl') => [
  placement(PlacementKind.INTRODUCTION, 'vc-teleborg', '2027-01-18', clinicalSupervisorId),
  placement(PlacementKind.INTERNAL_MEDICINE, 'med-vxo', '2027-02-18', 'med-1'),
  placement(PlacementKind.PRIMARY_CARE, 'vc-teleborg', '2027-09-18', clinicalSupervisorId),
];

describe('EDU-7 supervisor requirements', () => {
  it('EDU-7: a licensed specialist with supervisor training in the placement specialty passes without warnings', () => {
    expect(supervisorCheck(gp, Specialty.GENERAL_PRACTICE)).toEqual({ refusals: [], warnings: [] });
    expect(supervisorCheck({ ...gp, specialistStatus: SpecialistStatus.ST_DOCTOR }, Specialty.GENERAL_PRACTICE)).toEqual({ refusals: [], warnings: [] });
  });

  it('EDU-7: refuses someone not in the register, not licensed, or neither specialist nor ST doctor', () => {
    expect(codes(supervisorCheck(null, Specialty.SURGERY).refusals)).toEqual(['SUPERVISOR_NOT_REGISTERED']);
    const check = supervisorCheck({ ...gp, licensed: false, specialistStatus: null, specialty: null }, Specialty.SURGERY, 'personId');
    expect(codes(check.refusals)).toEqual(['SUPERVISOR_NOT_LICENSED', 'SUPERVISOR_NOT_SPECIALIST_OR_ST']);
    expect(check.refusals.every((p) => p.rule === 'EDU-7' && p.field === 'personId')).toBe(true);
  });

  it('EDU-7: flags a supervisor without supervisor training, in another specialty, or with under two years of experience', () => {
    const check = supervisorCheck({ ...gp, supervisorTrainingCourse: null, supervisorTrainingDate: null, yearsOfExperience: 1 }, Specialty.SURGERY);
    expect(check.refusals).toEqual([]);
    expect(codes(check.warnings)).toEqual(['SUPERVISOR_OTHER_SPECIALTY', 'SUPERVISOR_WITHOUT_TRAINING', 'SUPERVISOR_LITTLE_EXPERIENCE']);
    expect(check.warnings[0].params).toEqual({ specialty: Specialty.SURGERY });
  });

  it('EDU-7: a clinical supervisor is checked in the placement specialty and flagged at another unit', () => {
    const surgery = { kind: PlacementKind.SURGERY, unitId: 'kir-vxo' };
    const surgeon = { ...gp, specialty: Specialty.SURGERY };
    expect(clinicalSupervisorCheck(surgeon, surgery, 'kir-vxo')).toEqual({ refusals: [], warnings: [] });
    expect(codes(clinicalSupervisorCheck(gp, surgery, 'vc-teleborg').warnings)).toEqual(['SUPERVISOR_OTHER_SPECIALTY', 'CLINICAL_SUPERVISOR_AT_OTHER_UNIT']);
    expect(codes(clinicalSupervisorCheck(null, surgery, null).refusals)).toEqual(['SUPERVISOR_NOT_REGISTERED']);
  });

  it('EDU-7: introduction and primary care are supervised in general practice, the others in their own specialty', () => {
    expect(placementSpecialty(PlacementKind.INTRODUCTION)).toBe(Specialty.GENERAL_PRACTICE);
    expect(placementSpecialty(PlacementKind.PRIMARY_CARE)).toBe(Specialty.GENERAL_PRACTICE);
    expect(placementSpecialty(PlacementKind.PSYCHIATRY)).toBe(Specialty.PSYCHIATRY);
  });

  it('EDU-7: a register entry names specialty and status together, a past training day with its course, and sensible experience', () => {
    expect(supervisorQualificationProblems(gp, '2026-11-22')).toEqual([]);
    const problems = supervisorQualificationProblems(
      { ...gp, specialistStatus: null, supervisorTrainingCourse: ' ', supervisorTrainingDate: '2027-01-01', yearsOfExperience: -1 },
      '2026-11-22',
    );
    expect(problems.map((p) => [p.code, p.field])).toEqual([
      ['SPECIALTY_WITHOUT_STATUS', 'input.specialistStatus'],
      ['SUPERVISOR_TRAINING_IN_FUTURE', 'input.supervisorTrainingDate'],
      ['SUPERVISOR_TRAINING_COURSE_MISSING', 'input.supervisorTrainingCourse'],
      ['EXPERIENCE_OUT_OF_RANGE', 'input.yearsOfExperience'],
    ]);
    expect(codes(supervisorQualificationProblems({ ...gp, supervisorTrainingDate: '2026-02-30' }, '2026-11-22'))).toEqual(['INVALID_DATE']);
  });

  it('EDU-7: never names rule ids or API arguments in a message', () => {
    const messages = [
      ...supervisorCheck({ ...gp, licensed: false, specialistStatus: null, supervisorTrainingDate: null, yearsOfExperience: 0 }, Specialty.SURGERY).refusals,
      ...mainSupervisorCheck({ ...gp, specialistStatus: SpecialistStatus.ST_DOCTOR }, { personId: 'x', unitId: null }, plan()).warnings,
      ...supervisorQualificationProblems({ ...gp, specialty: null, supervisorTrainingDate: '2030-01-01', supervisorTrainingCourse: null }, '2026-11-22'),
      mainSupervisorAppointerProblem(EmploymentForm.SEPARATE),
      mainSupervisorAppointerProblem(EmploymentForm.INTEGRATED),
    ].map((p) => p.message);
    for (const message of messages) expect(message).not.toMatch(/EDU-7|EMP-1|personId|traineeId|input\./);
  });
});

describe('EDU-7, ORG-2 the main supervisor (HHL)', () => {
  const candidate = { personId: 'hhl', unitId: 'vc-teleborg' };

  it('EDU-7: a GP specialist at the vårdcentral where BT starts and ends, clinical supervisor there, passes', () => {
    expect(mainSupervisorCheck(gp, candidate, plan())).toEqual({ refusals: [], warnings: [] });
    expect(mainSupervisorCheck(gp, candidate, plan(null))).toEqual({ refusals: [], warnings: [] });
    expect(mainSupervisorCheck(gp, candidate, [])).toEqual({ refusals: [], warnings: [] });
  });

  it('EDU-7: refuses a main supervisor who is not a specialist (an ST doctor), besides the supervisor refusals', () => {
    expect(codes(mainSupervisorCheck({ ...gp, specialistStatus: SpecialistStatus.ST_DOCTOR }, candidate, plan()).refusals)).toEqual([
      'MAIN_SUPERVISOR_NOT_SPECIALIST',
    ]);
    expect(codes(mainSupervisorCheck({ ...gp, licensed: false }, candidate, plan()).refusals)).toEqual(['SUPERVISOR_NOT_LICENSED']);
    expect(codes(mainSupervisorCheck(null, candidate, plan()).refusals)).toEqual(['SUPERVISOR_NOT_REGISTERED']);
  });

  it('EDU-7 (Kronoberg): flags another specialty, another unit than where BT starts and ends, and another clinical supervisor there', () => {
    const check = mainSupervisorCheck(
      { ...gp, specialty: Specialty.INTERNAL_MEDICINE, supervisorTrainingDate: null },
      { personId: 'med-1', unitId: 'med-vxo' },
      plan(),
    );
    expect(check.refusals).toEqual([]);
    expect(codes(check.warnings)).toEqual([
      'SUPERVISOR_WITHOUT_TRAINING',
      'MAIN_SUPERVISOR_NOT_GENERAL_PRACTICE',
      'MAIN_SUPERVISOR_NOT_AT_BT_UNIT',
      'MAIN_SUPERVISOR_NOT_CLINICAL_SUPERVISOR',
    ]);
  });

  it('EDU-7: without primary care first or last there is no vårdcentral to be at', () => {
    const inpatientOnly = [placement(PlacementKind.SURGERY, 'kir-vxo', '2027-01-18', 'kir-1')];
    expect(mainSupervisorCheck(gp, candidate, inpatientOnly).warnings).toEqual([]);
  });

  it('EMP-1: separate BT by the AT/BT organisation, integrated BT by the head of unit of the ST employment', () => {
    expect(mainSupervisorAppointer(EmploymentForm.SEPARATE)).toBe(MainSupervisorAppointer.PROGRAMME);
    expect(mainSupervisorAppointer(EmploymentForm.INTEGRATED)).toBe(MainSupervisorAppointer.HEAD_OF_UNIT);
    expect(mainSupervisorAppointerProblem(EmploymentForm.INTEGRATED)).toMatchObject({ code: 'MAIN_SUPERVISOR_APPOINTED_BY_HEAD_OF_UNIT', rule: 'EMP-1' });
    expect(mainSupervisorAppointerProblem(EmploymentForm.SEPARATE)).toMatchObject({ code: 'MAIN_SUPERVISOR_APPOINTED_BY_PROGRAMME', rule: 'EMP-1' });
  });

  it('ORG-2: a named HHL is due by the introduction: its first day, else the first day of employment', () => {
    expect(mainSupervisorDueDate('2027-01-18')).toBe('2027-01-18');
    expect(
      mainSupervisorDueDate('2027-01-18', [placement(PlacementKind.SURGERY, 'k', '2027-01-18'), placement(PlacementKind.INTRODUCTION, 'vc', '2027-02-01')]),
    ).toBe('2027-02-01');
  });
});
