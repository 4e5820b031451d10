import { isIsoDate, type IsoDate } from './iso-date';
import { parsePersonalIdentityNumber } from './personal-identity-number';
import { ApplicationState, FormalRequirement, RecruitmentRoundState } from './recruitment';
import { textProblems } from './text-rules';

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
}

export type ApplicationField = Exclude<keyof ApplicationDraft, 'merits'> | Exclude<keyof MeritsDraft, 'doctoralDegree'>;

/** How problems name each field: by the GraphQL input field (here) or by the import file's column. */
export const APPLICATION_FIELD_LABELS: Record<ApplicationField, string> = {
  externalId: 'Ansökningsnumret (externalId)',
  givenName: 'Förnamnet (givenName)',
  familyName: 'Efternamnet (familyName)',
  email: 'E-postadressen (email)',
  phone: 'Telefonnumret (phone)',
  personalIdentityNumber: 'personalIdentityNumber',
  preferredSiteId: 'Önskad huvudort (preferredSiteId)',
  receivedAt: 'Mottagningsdatumet (receivedAt)',
  underlakareMonthsSweden: 'Underläkarmånader i Sverige (merits.underlakareMonthsSweden)',
  underlakareMonthsRegion: 'Underläkarmånader i regionen (merits.underlakareMonthsRegion)',
  otherHigherEducation: 'Annan högskoleutbildning (merits.otherHigherEducation)',
  researchMerits: 'Forskningsmeriter (merits.researchMerits)',
  earlierEmploymentInRegion: 'Tidigare anställning i regionen (merits.earlierEmploymentInRegion)',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s-]{6,40}$/;
export const MAX_MERIT_MONTHS = 600;

/**
 * Checks an application before it is saved (imported or changed). Swedish, every problem, empty when
 * it may be saved: names, contact details, a valid personal identity number (checksum, born before
 * `today`), a real date of receipt, and REC-5 merits (whole months 0–600, the region's months within
 * Sweden's, texts of at most 1000 characters).
 */
export function applicationProblems(draft: ApplicationDraft, today: IsoDate, labels: Record<ApplicationField, string> = APPLICATION_FIELD_LABELS): string[] {
  const problems = [
    ...textProblems(labels.externalId, draft.externalId, { required: true, maxLength: 60 }),
    ...textProblems(labels.givenName, draft.givenName, { required: true, maxLength: 100 }),
    ...textProblems(labels.familyName, draft.familyName, { required: true, maxLength: 100 }),
    ...textProblems(labels.email, draft.email, { required: false, maxLength: 200 }),
    ...textProblems(labels.phone, draft.phone, { required: false, maxLength: 40 }),
  ];
  const email = draft.email?.trim();
  if (email && email.length <= 200 && !EMAIL.test(email)) problems.push(`${labels.email} "${email}" ser inte ut som en e-postadress.`);
  const phone = draft.phone?.trim();
  if (phone && !PHONE.test(phone)) problems.push(`${labels.phone} "${phone}" ska bestå av siffror, gärna med riktnummer, t.ex. 070-123 45 67.`);
  const identity = parsePersonalIdentityNumber(draft.personalIdentityNumber, new Date(`${today}T12:00:00Z`));
  if (!identity.valid) problems.push(`${identity.reason} (${labels.personalIdentityNumber})`);
  if (!isIsoDate(draft.receivedAt)) problems.push(`${labels.receivedAt} "${draft.receivedAt}" är inget giltigt datum (ÅÅÅÅ-MM-DD).`);
  problems.push(...meritsProblems(draft.merits, labels));
  return problems;
}

function meritsProblems(merits: MeritsDraft, labels: Record<ApplicationField, string>): string[] {
  const problems: string[] = [];
  const months = (field: 'underlakareMonthsSweden' | 'underlakareMonthsRegion') => {
    const value = merits[field];
    const valid = Number.isInteger(value) && value >= 0 && value <= MAX_MERIT_MONTHS;
    if (!valid) problems.push(`${labels[field]} ska vara hela månader 0–${MAX_MERIT_MONTHS}${Number.isNaN(value) ? '' : `, inte ${value}`}.`);
    return valid;
  };
  const [sweden, region] = [months('underlakareMonthsSweden'), months('underlakareMonthsRegion')];
  if (sweden && region && merits.underlakareMonthsRegion > merits.underlakareMonthsSweden) {
    problems.push(`${labels.underlakareMonthsRegion} kan inte vara fler än månaderna i Sverige (${merits.underlakareMonthsSweden}); regionen ligger i Sverige.`);
  }
  for (const field of ['otherHigherEducation', 'researchMerits', 'earlierEmploymentInRegion'] as const) {
    problems.push(...textProblems(labels[field], merits[field], { required: false, maxLength: 1000 }));
  }
  return problems;
}

export const FORMAL_REQUIREMENTS: readonly FormalRequirement[] = [FormalRequirement.BT_REQUIREMENT, FormalRequirement.LICENCE, FormalRequirement.SWEDISH_C1];

const UNMET_REASONS: Record<FormalRequirement, string> = {
  [FormalRequirement.BT_REQUIREMENT]: 'Omfattas inte av kravet på BT enligt HSLF-FS 2021:8 (REC-3).',
  [FormalRequirement.LICENCE]: 'Saknar svensk läkarlegitimation (REC-3).',
  [FormalRequirement.SWEDISH_C1]: 'Saknar svenska på nivå C1 (REC-3).',
};

export interface Eligibility {
  /** true when all three are met, false when any is not, null until all three are checked. */
  eligible: boolean | null;
  /** Swedish, one per requirement found not met. */
  reasons: string[];
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

/** Requirements are recorded on an open round, before any offer. */
export function requirementChangeProblems(roundState: RecruitmentRoundState, state: ApplicationState): string[] {
  if (roundState === RecruitmentRoundState.CLOSED) return ['Omgången är avslutad; ansökan kan inte längre ändras.'];
  return BEFORE_OFFER.includes(state) ? [] : ['Ansökan har redan fått ett erbjudande; de formella kraven kan inte längre ändras.'];
}

/** An application's details change until the round closes; once accepted, the trainee's record is the one to change. */
export function applicationChangeProblems(roundState: RecruitmentRoundState, state: ApplicationState): string[] {
  if (roundState === RecruitmentRoundState.CLOSED) return ['Omgången är avslutad; ansökan kan inte längre ändras.'];
  return state === ApplicationState.ACCEPTED ? ['Den sökande har tackat ja och är anställd; ändra uppgifterna på BT-läkaren i stället.'] : [];
}

/** Applications are imported while the round is open, and during screening for late batches (REC-1, REC-6). */
export function importProblems(roundState: RecruitmentRoundState): string[] {
  return roundState === RecruitmentRoundState.OPEN || roundState === RecruitmentRoundState.SCREENING
    ? []
    : ['Ansökningar importeras medan omgången är öppen för ansökan eller i urval; flytta omgången till OPEN först.'];
}
