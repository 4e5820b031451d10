import { isIsoDate, type IsoDate } from './iso-date';
import { EmploymentForm } from './organisation';
import { PlacementKind } from './placement-schedule';
import { problem, type Problem } from './problem';
import { textFieldProblems } from './text-rules';

/** EDU-7: the specialties a supervisor is a specialist or ST doctor in (those of BT's placements, and others). */
export enum Specialty {
  GENERAL_PRACTICE = 'GENERAL_PRACTICE',
  INTERNAL_MEDICINE = 'INTERNAL_MEDICINE',
  SURGERY = 'SURGERY',
  PSYCHIATRY = 'PSYCHIATRY',
  EMERGENCY_MEDICINE = 'EMERGENCY_MEDICINE',
  ANAESTHESIA_INTENSIVE_CARE = 'ANAESTHESIA_INTENSIVE_CARE',
  OTHER = 'OTHER',
}

export const SPECIALTY_LABELS_SV: Record<Specialty, string> = {
  GENERAL_PRACTICE: 'allmänmedicin',
  INTERNAL_MEDICINE: 'internmedicin',
  SURGERY: 'kirurgi',
  PSYCHIATRY: 'psykiatri',
  EMERGENCY_MEDICINE: 'akutsjukvård',
  ANAESTHESIA_INTENSIVE_CARE: 'anestesi och intensivvård',
  OTHER: 'annan specialitet',
};

/** EDU-7: a specialist (specialistbevis) or an ST doctor (specialiseringstjänstgöring) in the specialty. */
export enum SpecialistStatus {
  SPECIALIST = 'SPECIALIST',
  ST_DOCTOR = 'ST_DOCTOR',
}

/** What the supervisor register holds about a person (EDU-7, ORG-2). */
export interface SupervisorQualificationFacts {
  /** Legitimerad läkare. */
  licensed: boolean;
  specialistStatus: SpecialistStatus | null;
  specialty: Specialty | null;
  /** Handledarutbildning (LEK-kurs or similar): the course and the day it was completed. */
  supervisorTrainingCourse: string | null;
  supervisorTrainingDate: IsoDate | null;
  /** Years of experience as a doctor in relevant practice. */
  yearsOfExperience: number | null;
}

/** VGR: a supervisor should have at least two years' experience (seed 001, "bör"). */
export const MIN_SUPERVISOR_EXPERIENCE_YEARS = 2;

/** The checks of an assignment: refusals stop it, warnings are shown and saved with it. */
export interface SupervisorCheck {
  refusals: Problem[];
  warnings: Problem[];
}

/** EDU-7: the specialty a placement of `kind` is supervised in (introduction and primary care: general practice). */
export function placementSpecialty(kind: PlacementKind): Specialty {
  switch (kind) {
    case PlacementKind.INTRODUCTION:
    case PlacementKind.PRIMARY_CARE:
      return Specialty.GENERAL_PRACTICE;
    case PlacementKind.INTERNAL_MEDICINE:
      return Specialty.INTERNAL_MEDICINE;
    case PlacementKind.SURGERY:
      return Specialty.SURGERY;
    case PlacementKind.PSYCHIATRY:
      return Specialty.PSYCHIATRY;
  }
}

/**
 * Checks an entry of the supervisor register before it is saved: a specialty goes with a specialist or
 * ST status, real dates, the training day not after today, experience a whole number 0–60.
 */
export function supervisorQualificationProblems(facts: SupervisorQualificationFacts, today: IsoDate): Problem[] {
  const problems = textFieldProblems('input.supervisorTrainingCourse', 'Handledarutbildningen', facts.supervisorTrainingCourse ?? '', {
    required: false,
    maxLength: 200,
  });
  if ((facts.specialistStatus === null) !== (facts.specialty === null)) {
    problems.push(
      problem('SPECIALTY_WITHOUT_STATUS', 'Ange både om personen är specialist eller ST-läkare och i vilken specialitet, eller ingetdera.', {
        rule: 'EDU-7',
        field: facts.specialty === null ? 'input.specialty' : 'input.specialistStatus',
      }),
    );
  }
  const trainingDate = facts.supervisorTrainingDate;
  if (trainingDate !== null && !isIsoDate(trainingDate)) {
    problems.push(
      problem('INVALID_DATE', 'Datum för handledarutbildningen är inget giltigt datum: ange ÅÅÅÅ-MM-DD.', {
        field: 'input.supervisorTrainingDate',
        params: { value: trainingDate },
      }),
    );
  } else if (trainingDate !== null && trainingDate > today) {
    problems.push(
      problem('SUPERVISOR_TRAINING_IN_FUTURE', `Handledarutbildningen kan inte vara genomgången efter i dag (${today}). Ange dagen kursen avslutades.`, {
        rule: 'EDU-7',
        field: 'input.supervisorTrainingDate',
        params: { today },
      }),
    );
  }
  if (trainingDate !== null && !facts.supervisorTrainingCourse?.trim()) {
    problems.push(
      problem('SUPERVISOR_TRAINING_COURSE_MISSING', 'Ange vilken handledarutbildning (t.ex. LEK-kurs) som genomgicks det datumet.', {
        rule: 'EDU-7',
        field: 'input.supervisorTrainingCourse',
      }),
    );
  }
  const years = facts.yearsOfExperience;
  if (years !== null && (!Number.isInteger(years) || years < 0 || years > 60)) {
    problems.push(
      problem('EXPERIENCE_OUT_OF_RANGE', 'Antal års erfarenhet ska vara ett heltal mellan 0 och 60.', {
        field: 'input.yearsOfExperience',
        params: { value: years },
      }),
    );
  }
  return problems;
}

/**
 * EDU-7: what every supervisor (klinisk handledare and HHL) must be, checked for a placement in
 * `specialty`. Kronoberg's guideline (seed 003: "En BT-handledare ska vara") and VGR's (seed 001):
 * - refused: nothing in the register (SUPERVISOR_NOT_REGISTERED), not licensed
 *   (SUPERVISOR_NOT_LICENSED), neither specialist nor ST doctor (SUPERVISOR_NOT_SPECIALIST_OR_ST);
 * - flagged: no supervisor training (SUPERVISOR_WITHOUT_TRAINING; the issue: "flagged"), a specialty
 *   other than the placement's (SUPERVISOR_OTHER_SPECIALTY: the placement kinds are coarser than the
 *   units, e.g. an anaesthetist supervising at Operation during surgery), and less than two years'
 *   experience (SUPERVISOR_LITTLE_EXPERIENCE: VGR's "bör").
 */
export function supervisorCheck(facts: SupervisorQualificationFacts | null, specialty: Specialty | null, field = 'personId'): SupervisorCheck {
  if (!facts) {
    return {
      refusals: [
        problem('SUPERVISOR_NOT_REGISTERED', 'Personen finns inte i handledarregistret. Registrera legitimation, specialitet och handledarutbildning först.', {
          rule: 'EDU-7',
          field,
        }),
      ],
      warnings: [],
    };
  }
  const refusals: Problem[] = [];
  const warnings: Problem[] = [];
  if (!facts.licensed) {
    refusals.push(problem('SUPERVISOR_NOT_LICENSED', 'En handledare ska vara legitimerad läkare. Välj en legitimerad läkare.', { rule: 'EDU-7', field }));
  }
  if (!facts.specialistStatus) {
    refusals.push(
      problem('SUPERVISOR_NOT_SPECIALIST_OR_ST', 'En handledare ska vara specialist eller ST-läkare. Välj en specialist eller ST-läkare.', {
        rule: 'EDU-7',
        field,
      }),
    );
  } else if (specialty && facts.specialty !== specialty) {
    warnings.push(
      problem('SUPERVISOR_OTHER_SPECIALTY', `Handledaren är inte specialist eller ST-läkare i ${SPECIALTY_LABELS_SV[specialty]}, placeringens specialitet.`, {
        rule: 'EDU-7',
        field,
        params: { specialty },
      }),
    );
  }
  if (!facts.supervisorTrainingDate) {
    warnings.push(
      problem('SUPERVISOR_WITHOUT_TRAINING', 'Handledaren har ingen registrerad handledarutbildning (LEK-kurs eller motsvarande).', { rule: 'EDU-7', field }),
    );
  }
  if (facts.yearsOfExperience !== null && facts.yearsOfExperience < MIN_SUPERVISOR_EXPERIENCE_YEARS) {
    warnings.push(
      problem('SUPERVISOR_LITTLE_EXPERIENCE', `Handledaren har mindre än ${MIN_SUPERVISOR_EXPERIENCE_YEARS} års erfarenhet av läkartjänst.`, {
        rule: 'EDU-7',
        field,
        params: { years: facts.yearsOfExperience, minimum: MIN_SUPERVISOR_EXPERIENCE_YEARS },
      }),
    );
  }
  return { refusals, warnings };
}

/**
 * EDU-7: a placement's clinical supervisor: what every supervisor must be, in the placement's
 * specialty, and flagged when working at another unit than the placement's (CLINICAL_SUPERVISOR_AT_OTHER_UNIT;
 * VGR: "Arbeta på samma enhet som sin BT-läkare").
 */
export function clinicalSupervisorCheck(
  facts: SupervisorQualificationFacts | null,
  placement: { kind: PlacementKind; unitId: string },
  supervisorUnitId: string | null,
  field = 'personId',
): SupervisorCheck {
  const check = supervisorCheck(facts, placementSpecialty(placement.kind), field);
  if (facts && supervisorUnitId !== placement.unitId) {
    check.warnings.push(
      problem(
        'CLINICAL_SUPERVISOR_AT_OTHER_UNIT',
        'Den kliniska handledaren arbetar inte på placeringens enhet; handledaren ska kunna följa BT-läkaren på plats.',
        { rule: 'EDU-7', field },
      ),
    );
  }
  return check;
}

/** A placement as the HHL checks see it. */
export interface SupervisedPlacement {
  kind: PlacementKind;
  unitId: string;
  startDate: IsoDate;
  clinicalSupervisorId: string | null;
}

/** Where the HHL candidate works and who they are, for the Kronoberg checks. */
export interface MainSupervisorCandidate {
  personId: string;
  unitId: string | null;
}

/**
 * EDU-7, ORG-2: the main supervisor (HHL). Besides what every supervisor must be:
 * - refused: not a specialist (MAIN_SUPERVISOR_NOT_SPECIALIST; seed 003: "skall alltid vara
 *   specialistkompetent", DOMAIN: "must be a specialist");
 * - flagged, Kronoberg's arrangement ("I Region Kronoberg är …", seed 003), which other regions do
 *   differently: a specialty other than general practice (MAIN_SUPERVISOR_NOT_GENERAL_PRACTICE), not at
 *   the vårdcentral where BT starts and ends (MAIN_SUPERVISOR_NOT_AT_BT_UNIT), not the clinical
 *   supervisor of the primary-care placements there (MAIN_SUPERVISOR_NOT_CLINICAL_SUPERVISOR).
 * `placements` in time order; without placements only the register is checked.
 */
export function mainSupervisorCheck(
  facts: SupervisorQualificationFacts | null,
  candidate: MainSupervisorCandidate,
  placements: readonly SupervisedPlacement[],
  field = 'personId',
): SupervisorCheck {
  const base = supervisorCheck(facts, null, field);
  if (!facts) return base;
  const refusals = [...base.refusals];
  const warnings = [...base.warnings];
  if (facts.specialistStatus !== SpecialistStatus.SPECIALIST) {
    refusals.push(
      problem('MAIN_SUPERVISOR_NOT_SPECIALIST', 'Huvudansvarig handledare ska vara specialist. Välj en specialistläkare.', { rule: 'EDU-7', field }),
    );
  } else if (facts.specialty !== Specialty.GENERAL_PRACTICE) {
    warnings.push(
      problem('MAIN_SUPERVISOR_NOT_GENERAL_PRACTICE', 'Huvudansvarig handledare är i regionen specialist i allmänmedicin; den valda personen är det inte.', {
        rule: 'EDU-7',
        field,
      }),
    );
  }
  const primaryCare = placements.filter((placement) => placementSpecialty(placement.kind) === Specialty.GENERAL_PRACTICE);
  const btUnits = [
    ...new Set([placements.at(0), placements.at(-1)].filter((placement) => placement && primaryCare.includes(placement)).map((placement) => placement!.unitId)),
  ];
  if (btUnits.length > 0 && !btUnits.includes(candidate.unitId ?? '')) {
    warnings.push(
      problem(
        'MAIN_SUPERVISOR_NOT_AT_BT_UNIT',
        'Huvudansvarig handledare tjänstgör i regionen på vårdcentralen där BT-läkaren börjar och avslutar sin BT; den valda personen gör det inte.',
        {
          rule: 'EDU-7',
          field,
        },
      ),
    );
  }
  const atBtUnits = primaryCare.filter((placement) => btUnits.includes(placement.unitId));
  if (atBtUnits.some((placement) => placement.clinicalSupervisorId !== null && placement.clinicalSupervisorId !== candidate.personId)) {
    warnings.push(
      problem(
        'MAIN_SUPERVISOR_NOT_CLINICAL_SUPERVISOR',
        'Huvudansvarig handledare är i regionen också klinisk handledare under primärvårdsplaceringen; där är en annan person klinisk handledare.',
        {
          rule: 'EDU-7',
          field,
        },
      ),
    );
  }
  return { refusals, warnings };
}

/** EMP-1, seed 004: who appoints a trainee's HHL. */
export enum MainSupervisorAppointer {
  /** Separate, fixed-term BT: the AT/BT organisation (the Director, the deputy for their site, the directors of studies). */
  PROGRAMME = 'PROGRAMME',
  /** BT integrated in an ST employment: the head of unit of the ST employment. */
  HEAD_OF_UNIT = 'HEAD_OF_UNIT',
}

/** EMP-1, seed 004 ("utses av regionens Utbildningscentrum" / "av verksamhetschef i grundanställningen"). */
export function mainSupervisorAppointer(form: EmploymentForm): MainSupervisorAppointer {
  return form === EmploymentForm.INTEGRATED ? MainSupervisorAppointer.HEAD_OF_UNIT : MainSupervisorAppointer.PROGRAMME;
}

/** EMP-1: the refusal when someone other than `mainSupervisorAppointer(form)` appoints the HHL. */
export function mainSupervisorAppointerProblem(form: EmploymentForm): Problem {
  return mainSupervisorAppointer(form) === MainSupervisorAppointer.HEAD_OF_UNIT
    ? problem(
        'MAIN_SUPERVISOR_APPOINTED_BY_HEAD_OF_UNIT',
        'BT-läkaren har integrerad BT: huvudansvarig handledare utses av verksamhetschefen i grundanställningen.',
        {
          rule: 'EMP-1',
          field: 'traineeId',
        },
      )
    : problem(
        'MAIN_SUPERVISOR_APPOINTED_BY_PROGRAMME',
        'BT-läkaren har fristående BT: huvudansvarig handledare utses av AT/BT-organisationen (AT/BT-chefen eller en studierektor).',
        {
          rule: 'EMP-1',
          field: 'traineeId',
        },
      );
}

/**
 * ORG-2: every trainee must have a named HHL no later than the BT introduction: the day the
 * introduction placement starts, or the employment's first day when no introduction is planned
 * (EDU-6: the four-week introduction opens BT).
 */
export function mainSupervisorDueDate(employmentStart: IsoDate, placements: readonly { kind: PlacementKind; startDate: IsoDate }[] = []): IsoDate {
  const introduction = placements
    .filter((placement) => placement.kind === PlacementKind.INTRODUCTION)
    .sort((a, b) => a.startDate.localeCompare(b.startDate))[0];
  return introduction?.startDate ?? employmentStart;
}
