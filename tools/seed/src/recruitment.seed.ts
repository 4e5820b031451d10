import fs from 'node:fs';
import path from 'node:path';
import {
  addDays,
  daysBetween,
  ApplicationState,
  DEFAULT_POSITIONS,
  DEFAULT_RUBRIC,
  FORMAL_REQUIREMENTS,
  FormalRequirement,
  mondayOfIsoWeek,
  OfferState,
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
  Cohort,
  CriminalRecordCheck,
  InterviewSlot,
  Offer,
  PanelMember,
  Person,
  RecruitmentRound,
  RequirementCheck,
  RoundPosition,
  RubricCriterion,
  Site,
  SylfAttendance,
  Trainee,
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
  criminalRecordChecks: CriminalRecordCheck[];
  offers: Offer[];
}

/** The import tool's sample export: the demo round holds the same twelve applications. */
export const SAMPLE_APPLICATIONS_CSV = path.resolve(__dirname, '../../recruitment-import/sample/ansokningar.csv');

/**
 * REC-1, REC-6: the second round for the BT start in week 3 of 2027, as it stands on the seed's day
 * 2026-11-22: the first round, advertised in September (closed), filled the cohorts that the seed
 * employs; the region then added places (EMP-7), so the Director opened a second round with a recorded
 * reason. Advertised in October, when the first had closed, the deadline 25 days later, the invitations sent within the week after it, the interviews on the Monday
 * and Tuesday after the seed's day. So the round is in INTERVIEWS, as its own dates imply (past the
 * deadline, the last interview day not begun).
 */
const ROUND = {
  name: 'BT-rekrytering VT 2027, fler platser',
  advertDate: '2026-10-12',
  applicationDeadline: '2026-11-06',
  interviewDays: ['2026-11-23', '2026-11-24'],
};
/** REC-1: why the start term has a second round, as the Director recorded it. */
const SECOND_ROUND_REASON = 'Regionen utökar BT-platserna från januari 2027: sex platser till utöver dem som den första omgången fyllde.';
/** REC-6: the day HR sent the invitations, within a week after the deadline. */
const INVITATIONS_SENT_ON = '2026-11-10';
/**
 * The sample file is the job portal's export for a round advertised on 2027-09-06 (received in
 * September 2027); the demo round holds the same twelve applications, received as many days after its
 * own advert (2026-10-12) as the sample's after theirs.
 */
const SAMPLE_DAYS_AHEAD = daysBetween('2026-10-12', '2027-09-06');

function demoReceivedAt(sampleReceivedAt: IsoDate): IsoDate {
  return addDays(sampleReceivedAt, -SAMPLE_DAYS_AHEAD);
}

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

/** REC-1, REC-6: a year's round for the BT start `startDate`: the advert in the first week of September before, the deadline 25 days later, two interview days the week after. */
function roundCalendar(startDate: IsoDate) {
  const advertDate = mondayOfIsoWeek(Number(startDate.slice(0, 4)) - 1, 36);
  const applicationDeadline = addDays(advertDate, 25);
  return { advertDate, applicationDeadline, interviewDays: [addDays(applicationDeadline, 4), addDays(applicationDeadline, 5)] };
}

/** REC-2: positions per site of the region-sized part of the seed (4 Växjö + 2 Ljungby); the closed rounds hold applications for these trainees only. */
const REGION_POSITIONS = Object.fromEntries(DEFAULT_POSITIONS.map(({ site, count }) => [site, count]));

/**
 * The CLOSED round behind each cohort that starts no later than `until` (the demo round's BT start: on
 * the seed's day these cohorts are employed; REC-1: one round a year, for all the cohorts starting that day): positions per site as many as the cohort's trainees (REC-2), the default
 * rubric, the demo panel on every stage (REC-9), and for each trainee of the region-sized part (the first
 * 4 + 2; at a larger scale the rest have no application) an application with the formal requirements met
 * (REC-3), the criminal-records extract shown (REC-7) and an accepted offer that employed the trainee (EMP-1).
 */
function closedRounds(random: Random, people: Person[], sites: Site[], cohorts: Cohort[], trainees: Trainee[], until: IsoDate) {
  const person = (username: string) => people.find((p) => p.username === username)!;
  const hr = person('hr-samordnare');
  const director = person('atbt-chef');
  const data = {
    recruitmentRounds: [] as RecruitmentRound[],
    roundPositions: [] as RoundPosition[],
    rubricCriteria: [] as RubricCriterion[],
    panelMembers: [] as PanelMember[],
    applications: [] as Application[],
    requirementChecks: [] as RequirementCheck[],
    criminalRecordChecks: [] as CriminalRecordCheck[],
    offers: [] as Offer[],
  };
  const startDates = [...new Set(cohorts.filter((cohort) => cohort.startDate <= until).map((cohort) => cohort.startDate))].sort();
  for (const startDate of startDates) {
    const calendar = roundCalendar(startDate);
    const round: RecruitmentRound = {
      id: random.uuid(),
      version: 1,
      state: RecruitmentRoundState.CLOSED,
      name: `BT-rekrytering VT ${startDate.slice(0, 4)}`,
      ...calendar,
      startDate,
      secondRoundReason: null,
    };
    data.recruitmentRounds.push(round);
    data.rubricCriteria.push(...DEFAULT_RUBRIC.map((criterion, index) => ({ id: random.uuid(), roundId: round.id, ...criterion, sortOrder: index + 1 })));
    data.panelMembers.push(
      ...RECRUITMENT_STAGES.flatMap((stage) =>
        PANEL.map(([username, capacity]) => ({ id: random.uuid(), roundId: round.id, personId: person(username).id, stage, capacity })),
      ),
    );
    const lastInterviewDay = calendar.interviewDays.at(-1)!;
    const offeredOn = addDays(lastInterviewDay, 3);
    // numbered apart from the demo round's applications (the sample file's OJ-2027-1001 …)
    let number = 2000;
    for (const cohort of cohorts.filter((c) => c.startDate === startDate)) {
      const site = sites.find((s) => s.id === cohort.siteId)!;
      const cohortTrainees = trainees.filter((trainee) => trainee.cohortId === cohort.id);
      data.roundPositions.push({ roundId: round.id, siteId: site.id, count: cohortTrainees.length });
      for (const trainee of cohortTrainees.slice(0, REGION_POSITIONS[site.code])) {
        number += 1;
        const application: Application = {
          id: random.uuid(),
          version: 1,
          roundId: round.id,
          externalId: `OJ-${startDate.slice(0, 4)}-${number}`,
          givenName: trainee.givenName,
          familyName: trainee.familyName,
          email: null,
          phone: null,
          personalIdentityNumber: trainee.personalIdentityNumber,
          preferredSiteId: site.id,
          receivedAt: addDays(calendar.advertDate, number % 20),
          acceptsOtherSite: false,
          state: ApplicationState.ACCEPTED,
          underlakareMonthsSweden: 12,
          underlakareMonthsRegion: 6,
          otherHigherEducation: null,
          researchMerits: null,
          doctoralDegree: false,
          earlierEmploymentInRegion: null,
          lateAdmittedAt: null,
          lateAdmittedById: null,
          lateAdmissionReason: null,
          invitationSentOn: addDays(calendar.applicationDeadline, 2),
        };
        data.applications.push(application);
        data.requirementChecks.push(
          ...FORMAL_REQUIREMENTS.map((requirement) => ({
            applicationId: application.id,
            requirement,
            met: true,
            evidence: EVIDENCE[requirement],
            checkedById: hr.id,
            checkedAt: new Date(`${application.receivedAt}T13:00:00Z`),
          })),
        );
        data.criminalRecordChecks.push({
          applicationId: application.id,
          shownOn: offeredOn,
          checkedById: hr.id,
          recordedAt: new Date(`${offeredOn}T09:00:00Z`),
        });
        data.offers.push({
          id: random.uuid(),
          roundId: round.id,
          applicationId: application.id,
          siteId: site.id,
          answerBy: addDays(offeredOn, 7),
          state: OfferState.ACCEPTED,
          offeredById: director.id,
          offeredAt: new Date(`${offeredOn}T10:00:00Z`),
          answeredAt: new Date(`${addDays(offeredOn, 2)}T10:00:00Z`),
          answeredById: director.id,
          traineeId: trainee.id,
        });
      }
    }
  }
  return data;
}

/**
 * The demo round "BT-rekrytering VT 2027, fler platser" in INTERVIEWS (the start term's second round): the sample file's twelve applications, the
 * formal requirements recorded by HR during screening (one applicant ineligible), a full panel (REC-9),
 * the default rubric (REC-4), interview slots over both days with the eligible applicants invited
 * (REC-6), and SYLF attending one interview at the applicant's wish (REC-10). Nobody has scored yet: sign
 * in as studierektor-sluten to score. Behind each cohort employed on the seed's day, a closed round (closedRounds).
 */
export function seedRecruitment(random: Random, people: Person[], sites: Site[], cohorts: Cohort[], trainees: Trainee[], today: IsoDate): RecruitmentData {
  const person = (username: string) => people.find((p) => p.username === username)!;
  const hr = person('hr-samordnare');
  const round: RecruitmentRound = {
    id: random.uuid(),
    version: 1,
    state: RecruitmentRoundState.INTERVIEWS,
    ...ROUND,
    startDate: roundStartDate(ROUND.advertDate),
    secondRoundReason: SECOND_ROUND_REASON,
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
    receivedAt: demoReceivedAt(draft.receivedAt),
    acceptsOtherSite: draft.acceptsOtherSite ?? false,
    state: draft.externalId === INELIGIBLE.externalId ? ApplicationState.INELIGIBLE : ApplicationState.INVITED,
    underlakareMonthsSweden: draft.merits.underlakareMonthsSweden,
    underlakareMonthsRegion: draft.merits.underlakareMonthsRegion,
    otherHigherEducation: draft.merits.otherHigherEducation ?? null,
    researchMerits: draft.merits.researchMerits ?? null,
    doctoralDegree: draft.merits.doctoralDegree,
    earlierEmploymentInRegion: draft.merits.earlierEmploymentInRegion ?? null,
    lateAdmittedAt: null,
    lateAdmittedById: null,
    lateAdmissionReason: null,
    invitationSentOn: draft.externalId === INELIGIBLE.externalId ? null : INVITATIONS_SENT_ON,
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
    room: 'Sammanträdesrum 1, Växjö',
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
  const closed = closedRounds(random, people, sites, cohorts, trainees, round.startDate);
  return {
    recruitmentRounds: [round, ...closed.recruitmentRounds],
    roundPositions: [...roundPositions, ...closed.roundPositions],
    rubricCriteria: [...rubricCriteria, ...closed.rubricCriteria],
    panelMembers: [...panelMembers, ...closed.panelMembers],
    applications: [...applications, ...closed.applications],
    requirementChecks: [...requirementChecks, ...closed.requirementChecks],
    interviewSlots,
    sylfAttendances,
    criminalRecordChecks: closed.criminalRecordChecks,
    offers: closed.offers,
  };
}
