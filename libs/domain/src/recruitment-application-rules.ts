import { addDays, isIsoDate, type IsoDate } from './iso-date';
import { parsePersonalIdentityNumber } from './personal-identity-number';
import { problem, type Problem } from './problem';
import { ApplicationState, FormalRequirement, RecruitmentRoundState } from './recruitment';
import { textFieldProblems } from './text-rules';

/** REC-5: the merits an application states. */
export interface MeritsDraft {
  underlakareMonthsSweden: number;
  underlakareMonthsRegion: number;
  otherHigherEducation?: string | null;
  researchMerits?: string | null;
  doctoralDegree: boolean;
  earlierEmploymentInRegion?: string | null;
}

export interface ApplicationDraft {
  externalId: string;
  givenName: string;
  familyName: string;
  email?: string | null;
  phone?: string | null;
  personalIdentityNumber: string;
  preferredSiteId: string;
  receivedAt: IsoDate;
  merits: MeritsDraft;
  /** REC-8: the applicant also accepts the other main site (offered from the reserve list when none is left for it); false unless stated. */
  acceptsOtherSite?: boolean;
}

export type ApplicationField = Exclude<keyof ApplicationDraft, 'merits' | 'acceptsOtherSite'> | Exclude<keyof MeritsDraft, 'doctoralDegree'>;

/** How problems name a field: in words for people, and by its path in the request (or the import file's column). */
export interface FieldName {
  label: string;
  field: string;
}

/** The application's fields as the updateApplication mutation names them (`input.…`). */
export const APPLICATION_FIELDS: Record<ApplicationField, FieldName> = {
  externalId: { label: 'Ansökningsnumret', field: 'input.externalId' },
  givenName: { label: 'Förnamnet', field: 'input.givenName' },
  familyName: { label: 'Efternamnet', field: 'input.familyName' },
  email: { label: 'E-postadressen', field: 'input.email' },
  phone: { label: 'Telefonnumret', field: 'input.phone' },
  personalIdentityNumber: { label: 'Personnumret', field: 'input.personalIdentityNumber' },
  preferredSiteId: { label: 'Önskad huvudort', field: 'input.preferredSiteId' },
  receivedAt: { label: 'Mottagningsdatumet', field: 'input.receivedAt' },
  underlakareMonthsSweden: { label: 'Underläkarmånader i Sverige', field: 'input.merits.underlakareMonthsSweden' },
  underlakareMonthsRegion: { label: 'Underläkarmånader i regionen', field: 'input.merits.underlakareMonthsRegion' },
  otherHigherEducation: { label: 'Annan högskoleutbildning', field: 'input.merits.otherHigherEducation' },
  researchMerits: { label: 'Forskningsmeriter', field: 'input.merits.researchMerits' },
  earlierEmploymentInRegion: { label: 'Tidigare anställning i regionen', field: 'input.merits.earlierEmploymentInRegion' },
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s-]{6,40}$/;
export const MAX_MERIT_MONTHS = 600;

/**
 * Checks an application before it is saved (imported or changed); every problem, empty when it may be
 * saved: names, contact details, a valid personal identity number (checksum, born before `today`), a
 * real date of receipt, and REC-5 merits (whole months 0–600, the region's months within Sweden's,
 * texts of at most 1000 characters). `names` says how the problems name the fields.
 */
export function applicationProblems(draft: ApplicationDraft, today: IsoDate, names: Record<ApplicationField, FieldName> = APPLICATION_FIELDS): Problem[] {
  const text = (key: ApplicationField, value: string | null | undefined, required: boolean, maxLength: number) =>
    textFieldProblems(names[key].field, names[key].label, value, { required, maxLength });
  const problems = [
    ...text('externalId', draft.externalId, true, 60),
    ...text('givenName', draft.givenName, true, 100),
    ...text('familyName', draft.familyName, true, 100),
    ...text('email', draft.email, false, 200),
    ...text('phone', draft.phone, false, 40),
  ];
  const email = draft.email?.trim();
  if (email && email.length <= 200 && !EMAIL.test(email)) {
    problems.push(
      problem('EMAIL_INVALID', `${names.email.label} "${email}" ser inte ut som en e-postadress.`, { field: names.email.field, params: { value: email } }),
    );
  }
  const phone = draft.phone?.trim();
  if (phone && !PHONE.test(phone)) {
    problems.push(
      problem('PHONE_INVALID', `${names.phone.label} "${phone}" ska bestå av siffror, gärna med riktnummer, t.ex. 070-123 45 67.`, {
        field: names.phone.field,
        params: { value: phone },
      }),
    );
  }
  const identity = parsePersonalIdentityNumber(draft.personalIdentityNumber, new Date(`${today}T12:00:00Z`));
  if (!identity.valid) problems.push(problem('PERSONAL_IDENTITY_NUMBER_INVALID', identity.reason, { field: names.personalIdentityNumber.field }));
  if (!isIsoDate(draft.receivedAt)) {
    problems.push(
      problem('DATE_INVALID', `${names.receivedAt.label} "${draft.receivedAt}" är inget giltigt datum (ÅÅÅÅ-MM-DD).`, {
        field: names.receivedAt.field,
        params: { value: draft.receivedAt },
      }),
    );
  }
  problems.push(...meritsProblems(draft.merits, names));
  return problems;
}

/** REC-5: the merits' months and texts. */
function meritsProblems(merits: MeritsDraft, names: Record<ApplicationField, FieldName>): Problem[] {
  const problems: Problem[] = [];
  const months = (key: 'underlakareMonthsSweden' | 'underlakareMonthsRegion') => {
    const value = merits[key];
    const valid = Number.isInteger(value) && value >= 0 && value <= MAX_MERIT_MONTHS;
    if (!valid) {
      const message = `${names[key].label} ska vara hela månader 0–${MAX_MERIT_MONTHS}${Number.isNaN(value) ? '' : `, inte ${value}`}.`;
      problems.push(
        problem('MERIT_MONTHS_INVALID', message, { rule: 'REC-5', field: names[key].field, params: { max: MAX_MERIT_MONTHS, value: String(value) } }),
      );
    }
    return valid;
  };
  const [sweden, region] = [months('underlakareMonthsSweden'), months('underlakareMonthsRegion')];
  if (sweden && region && merits.underlakareMonthsRegion > merits.underlakareMonthsSweden) {
    const message = `${names.underlakareMonthsRegion.label} kan inte vara fler än månaderna i Sverige (${merits.underlakareMonthsSweden}); regionen ligger i Sverige.`;
    problems.push(
      problem('MERIT_REGION_MONTHS_ABOVE_SWEDEN', message, {
        rule: 'REC-5',
        field: names.underlakareMonthsRegion.field,
        params: { sweden: merits.underlakareMonthsSweden },
      }),
    );
  }
  for (const key of ['otherHigherEducation', 'researchMerits', 'earlierEmploymentInRegion'] as const) {
    problems.push(...textFieldProblems(names[key].field, names[key].label, merits[key], { required: false, maxLength: 1000, multiline: true }));
  }
  return problems;
}

export const FORMAL_REQUIREMENTS: readonly FormalRequirement[] = [FormalRequirement.BT_REQUIREMENT, FormalRequirement.LICENCE, FormalRequirement.SWEDISH_C1];

/** REC-3: why an application is not eligible, per requirement not met (a code of its own each, so that clients can say it in their language). */
const UNMET_REASONS: Record<FormalRequirement, Problem> = {
  [FormalRequirement.BT_REQUIREMENT]: problem('BT_REQUIREMENT_NOT_MET', 'Omfattas inte av kravet på BT enligt HSLF-FS 2021:8.', { rule: 'REC-3' }),
  [FormalRequirement.LICENCE]: problem('LICENCE_MISSING', 'Saknar svensk läkarlegitimation.', { rule: 'REC-3' }),
  [FormalRequirement.SWEDISH_C1]: problem('SWEDISH_C1_MISSING', 'Saknar svenska på nivå C1.', { rule: 'REC-3' }),
};

export interface Eligibility {
  /** true when all three are met, false when any is not, null until all three are checked. */
  eligible: boolean | null;
  /** One per requirement found not met (the message in Swedish). */
  reasons: Problem[];
}

/** REC-3: all three formal requirements are needed; any one not met makes the application ineligible. */
export function eligibility(checks: readonly { requirement: FormalRequirement; met: boolean | null }[]): Eligibility {
  const met = (requirement: FormalRequirement) => checks.find((check) => check.requirement === requirement)?.met ?? null;
  const unmet = FORMAL_REQUIREMENTS.filter((requirement) => met(requirement) === false);
  if (unmet.length > 0) return { eligible: false, reasons: unmet.map((requirement) => UNMET_REASONS[requirement]) };
  return { eligible: FORMAL_REQUIREMENTS.every((requirement) => met(requirement) === true) ? true : null, reasons: [] };
}

/** The states before an offer, in which the formal requirements may still be recorded. */
const BEFORE_OFFER: readonly ApplicationState[] = [
  ApplicationState.RECEIVED,
  ApplicationState.INELIGIBLE,
  ApplicationState.ELIGIBLE,
  ApplicationState.INVITED,
  ApplicationState.INTERVIEWED,
];

/**
 * Eligible applications still in the running (REC-4: these are interviewed and scored). When the round
 * closes, those left here got no offer: they become NOT_SELECTED.
 */
export const IN_THE_RUNNING: readonly ApplicationState[] = [ApplicationState.ELIGIBLE, ApplicationState.INVITED, ApplicationState.INTERVIEWED];

/**
 * REC-3: the state once the requirements are recorded. Screening decides RECEIVED / ELIGIBLE /
 * INELIGIBLE; an invited or interviewed application found not to meet a requirement becomes
 * INELIGIBLE (and leaves the ranking), otherwise it keeps its state.
 */
export function stateAfterRequirements(current: ApplicationState, result: Eligibility): ApplicationState {
  if (result.eligible === false) return ApplicationState.INELIGIBLE;
  if (current === ApplicationState.INVITED || current === ApplicationState.INTERVIEWED) return current;
  return result.eligible ? ApplicationState.ELIGIBLE : ApplicationState.RECEIVED;
}

/** A round that is closed is no longer changed. */
export function roundClosedProblem(): Problem {
  return problem('ROUND_CLOSED', 'Omgången är avslutad; den kan inte längre ändras.');
}

/** REC-3: requirements are recorded on an open round, before any offer. */
export function requirementChangeProblems(roundState: RecruitmentRoundState, state: ApplicationState): Problem[] {
  if (roundState === RecruitmentRoundState.CLOSED) return [roundClosedProblem()];
  return BEFORE_OFFER.includes(state)
    ? []
    : [problem('REQUIREMENTS_AFTER_OFFER', 'Ansökan har redan fått ett erbjudande; de formella kraven kan inte längre ändras.', { rule: 'REC-3' })];
}

/** An application's details change until the round closes; once accepted, the trainee's record is the one to change. */
export function applicationChangeProblems(roundState: RecruitmentRoundState, state: ApplicationState): Problem[] {
  if (roundState === RecruitmentRoundState.CLOSED) return [roundClosedProblem()];
  return state === ApplicationState.ACCEPTED
    ? [problem('APPLICATION_ACCEPTED', 'Den sökande har tackat ja och är anställd; ändra uppgifterna på BT-läkaren i stället.', { rule: 'EMP-1' })]
    : [];
}

/** REC-1, REC-6: applications are imported while the round is open, and during screening for late batches. */
export function importProblems(roundState: RecruitmentRoundState): Problem[] {
  return roundState === RecruitmentRoundState.OPEN || roundState === RecruitmentRoundState.SCREENING
    ? []
    : [
        problem('ROUND_NOT_OPEN_FOR_IMPORT', 'Ansökningar importeras medan omgången är öppen för ansökan eller i urval; öppna omgången för ansökan först.', {
          rule: 'REC-1',
        }),
      ];
}

// ---- late and early applications (REC-1) -----------------------------------------------------

/** REC-1: an application received after the deadline is late. */
export function isLateApplication(receivedAt: IsoDate, applicationDeadline: IsoDate): boolean {
  return receivedAt > applicationDeadline;
}

/** REC-1: an application dated more than this many days before the advert is flagged on import. */
export const EARLY_APPLICATION_DAYS = 30;

/**
 * REC-1: warnings (not refusals) for an imported application: received after the deadline (kept out of
 * screening until the Director admits it), or dated long before the advert (probably a wrong date or a
 * wrong round).
 */
export function applicationDateWarnings(receivedAt: IsoDate, round: { advertDate: IsoDate; applicationDeadline: IsoDate }): Problem[] {
  if (!isIsoDate(receivedAt)) return [];
  const { advertDate, applicationDeadline } = round;
  if (isLateApplication(receivedAt, applicationDeadline)) {
    const message = `Ansökan kom in ${receivedAt}, efter sista ansökningsdag ${applicationDeadline}. Den markeras som sen och är inte med i urvalet förrän AT/BT-chefen tar med den.`;
    return [problem('APPLICATION_LATE', message, { rule: 'REC-1', field: 'mottagen', params: { receivedAt, applicationDeadline } })];
  }
  const earliest = addDays(advertDate, -EARLY_APPLICATION_DAYS);
  if (receivedAt < earliest) {
    const message = `Ansökan är daterad ${receivedAt}, mer än ${EARLY_APPLICATION_DAYS} dagar före annonsen (${advertDate}). Kontrollera datumet och att ansökan gäller den här omgången.`;
    return [
      problem('APPLICATION_DATED_BEFORE_ADVERT', message, {
        rule: 'REC-1',
        field: 'mottagen',
        params: { receivedAt, advertDate, days: EARLY_APPLICATION_DAYS },
      }),
    ];
  }
  return [];
}

/** REC-1: a late application is screened (requirements, interview) only once the Director has admitted it. */
export function lateApplicationProblems(late: boolean, admitted: boolean, applicationDeadline: IsoDate): Problem[] {
  if (!late || admitted) return [];
  const message = `Ansökan kom in efter sista ansökningsdag (${applicationDeadline}) och är inte med i urvalet. AT/BT-chefen kan ta med den, med ett skäl.`;
  return [problem('APPLICATION_LATE_NOT_ADMITTED', message, { rule: 'REC-1', params: { applicationDeadline } })];
}

/** REC-1: the Director admits a late application into screening with a reason, once, while the round is not closed. */
export function lateAdmissionProblems(facts: { late: boolean; admitted: boolean; roundState: RecruitmentRoundState }, reason: string): Problem[] {
  const problems = facts.roundState === RecruitmentRoundState.CLOSED ? [roundClosedProblem()] : [];
  if (!facts.late)
    problems.push(problem('APPLICATION_NOT_LATE', 'Ansökan kom in i tid och är redan med i urvalet.', { rule: 'REC-1', field: 'applicationId' }));
  else if (facts.admitted)
    problems.push(problem('LATE_APPLICATION_ALREADY_ADMITTED', 'Den sena ansökan är redan tagen med i urvalet.', { rule: 'REC-1', field: 'applicationId' }));
  problems.push(...textFieldProblems('reason', 'Skälet', reason, { required: true, maxLength: 500 }));
  return problems;
}
