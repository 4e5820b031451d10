import fs from 'node:fs';
import path from 'node:path';
import {
  ApplicationState,
  DEFAULT_POSITIONS,
  DEFAULT_RUBRIC,
  FORMAL_REQUIREMENTS,
  FormalRequirement,
  PanelCapacity,
  planInterviewSlots,
  readApplicationCsv,
  RECRUITMENT_STAGES,
  RecruitmentRoundState,
  roundStartDate,
  SylfRequestedBy,
  type IsoDate,
} from '@bt/domain';
import type {
  Application,
  InterviewSlot,
  PanelMember,
  Person,
  RecruitmentRound,
  RequirementCheck,
  RoundPosition,
  RubricCriterion,
  Site,
  SylfAttendance,
} from '@bt/employment';
import type { Random } from './random';

export interface RecruitmentData {
  recruitmentRounds: RecruitmentRound[];
  roundPositions: RoundPosition[];
  rubricCriteria: RubricCriterion[];
  panelMembers: PanelMember[];
  applications: Application[];
  requirementChecks: RequirementCheck[];
  interviewSlots: InterviewSlot[];
  sylfAttendances: SylfAttendance[];
}

/** The import tool's sample export: the demo round holds the same twelve applications. */
export const SAMPLE_APPLICATIONS_CSV = path.resolve(__dirname, '../../recruitment-import/sample/ansokningar.csv');

/**
 * REC-1, REC-6: advertised in September for start in week 3 of 2028, the deadline 25 days later, the
 * interviews within the week after it. (These dates lie after the seed's day 2026-11-22: the round shows
 * the recruitment as it will run in the autumn of 2027, already in its interviews.)
 */
const ROUND = {
  name: 'BT-rekrytering VT 2028',
  advertDate: '2027-09-06',
  applicationDeadline: '2027-10-01',
  interviewDays: ['2027-10-06', '2027-10-07'],
};

/**
 * REC-9: on every stage HR, management (the deputy director) and the inpatient director of studies.
 * The primary-care director of studies is left off, so that the demo also has a director of studies
 * who sits on no panel (and sees no round).
 */
const PANEL: [username: string, capacity: PanelCapacity][] = [
  ['hr-samordnare', PanelCapacity.HR],
  ['bitr-atbt-chef', PanelCapacity.MANAGEMENT],
  ['studierektor-sluten', PanelCapacity.DIRECTOR_OF_STUDIES],
];

/** REC-3: the applicant who lacks Swedish at C1, so that the demo has an ineligible application. */
const INELIGIBLE = { externalId: 'OJ-2027-1004', requirement: FormalRequirement.SWEDISH_C1, evidence: 'Språkintyget visar nivå B2.' };

const EVIDENCE: Record<FormalRequirement, string> = {
  [FormalRequirement.BT_REQUIREMENT]: 'Läkarexamen efter 2021-07-01: omfattas av HSLF-FS 2021:8.',
  [FormalRequirement.LICENCE]: 'Legitimation kontrollerad i Socialstyrelsens register.',
  [FormalRequirement.SWEDISH_C1]: 'Språkintyg på nivå C1 bifogat.',
};

/**
 * The demo round "BT-rekrytering VT 2028" in INTERVIEWS: the sample file's twelve applications, the
 * formal requirements recorded by HR during screening (one applicant ineligible), a full panel (REC-9),
 * the default rubric (REC-4), interview slots over both days with the eligible applicants invited
 * (REC-6), and SYLF attending one interview at the applicant's wish (REC-10). Nobody has scored yet: sign
 * in as studierektor-sluten to score.
 */
export function seedRecruitment(random: Random, people: Person[], sites: Site[], today: IsoDate): RecruitmentData {
  const person = (username: string) => people.find((p) => p.username === username)!;
  const hr = person('hr-samordnare');
  const round: RecruitmentRound = {
    id: random.uuid(),
    version: 1,
    state: RecruitmentRoundState.INTERVIEWS,
    ...ROUND,
    startDate: roundStartDate(ROUND.advertDate),
  };
  const roundPositions = DEFAULT_POSITIONS.map(({ site, count }) => ({ roundId: round.id, siteId: sites.find((s) => s.code === site)!.id, count }));
  const rubricCriteria = DEFAULT_RUBRIC.map((criterion, index) => ({ id: random.uuid(), roundId: round.id, ...criterion, sortOrder: index + 1 }));
  const panelMembers = RECRUITMENT_STAGES.flatMap((stage) =>
    PANEL.map(([username, capacity]) => ({ id: random.uuid(), roundId: round.id, personId: person(username).id, stage, capacity })),
  );

  const { rows, errors } = readApplicationCsv(fs.readFileSync(SAMPLE_APPLICATIONS_CSV, 'utf8'), {
    siteIdByName: (name) => sites.find((site) => site.name.toLowerCase() === name.toLowerCase())?.id,
    siteNames: sites.map((site) => site.name),
    today,
  });
  if (errors.length > 0) throw new Error(`Exempelfilen ${SAMPLE_APPLICATIONS_CSV} har fel: ${errors.map((e) => `rad ${e.line}: ${e.reason}`).join(' ')}`);
  const applications: Application[] = rows.map(({ draft }) => ({
    id: random.uuid(),
    version: 1,
    roundId: round.id,
    externalId: draft.externalId,
    givenName: draft.givenName,
    familyName: draft.familyName,
    email: draft.email ?? null,
    phone: draft.phone ?? null,
    personalIdentityNumber: draft.personalIdentityNumber,
    preferredSiteId: draft.preferredSiteId,
    receivedAt: draft.receivedAt,
    state: draft.externalId === INELIGIBLE.externalId ? ApplicationState.INELIGIBLE : ApplicationState.INVITED,
    underlakareMonthsSweden: draft.merits.underlakareMonthsSweden,
    underlakareMonthsRegion: draft.merits.underlakareMonthsRegion,
    otherHigherEducation: draft.merits.otherHigherEducation ?? null,
    researchMerits: draft.merits.researchMerits ?? null,
    doctoralDegree: draft.merits.doctoralDegree,
    earlierEmploymentInRegion: draft.merits.earlierEmploymentInRegion ?? null,
  }));

  // REC-6: screening during the application period, all checked by the deadline
  const requirementChecks = applications.flatMap((application) =>
    FORMAL_REQUIREMENTS.map((requirement) => {
      const unmet = application.externalId === INELIGIBLE.externalId && requirement === INELIGIBLE.requirement;
      return {
        applicationId: application.id,
        requirement,
        met: !unmet,
        evidence: unmet ? INELIGIBLE.evidence : EVIDENCE[requirement],
        checkedById: hr.id,
        checkedAt: new Date(`${application.receivedAt}T13:00:00Z`),
      };
    }),
  );
  const invited = applications.filter((application) => application.state === ApplicationState.INVITED);
  const interviewSlots = planInterviewSlots(round.interviewDays, { slotMinutes: 45, dayStart: '08:30', dayEnd: '16:30' }).map((slot, index) => ({
    id: random.uuid(),
    roundId: round.id,
    ...slot,
    applicationId: invited[index]?.id ?? null,
  }));
  const sylfAttendances = [
    {
      applicationId: invited[0].id,
      requestedBy: SylfRequestedBy.APPLICANT,
      applicantConsent: true,
      recordedById: hr.id,
      recordedAt: new Date(`${ROUND.applicationDeadline}T14:00:00Z`),
    },
  ];
  return { recruitmentRounds: [round], roundPositions, rubricCriteria, panelMembers, applications, requirementChecks, interviewSlots, sylfAttendances };
}
