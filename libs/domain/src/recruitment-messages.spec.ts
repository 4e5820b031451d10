import type { Problem } from './problem';
import { ApplicationState, OfferState, PanelCapacity, RecruitmentRoundState, RecruitmentStage, SylfRequestedBy } from './recruitment';
import { applicationProblems, importProblems, requirementChangeProblems, applicationChangeProblems } from './recruitment-application-rules';
import { readApplicationCsv } from './recruitment-csv';
import { schedulingProblems, slotGenerationProblems, slotOptionProblems, sylfAttendanceProblems } from './recruitment-interview-rules';
import { criminalRecordCheckProblems, offerAnswerProblems, offerProblems } from './recruitment-offer-rules';
import {
  panelMemberProblems,
  panelRemovalProblems,
  recruitmentRoundProblems,
  roundEditProblems,
  roundTransitionProblems,
  roundWarnings,
  rubricEditProblems,
  rubricProblems,
} from './recruitment-round-rules';
import { reopenProblems, scoreProblems, submissionProblems } from './recruitment-scoring';

const ENUM_VALUES = [...Object.values(RecruitmentRoundState), ...Object.values(ApplicationState), ...Object.values(OfferState)];

/** Every kind of recruitment refusal (and REC-1 warning) the rules make, with inputs that break as much as possible at once. */
function everyRefusal(): Problem[] {
  const closed = RecruitmentRoundState.CLOSED;
  return [
    ...recruitmentRoundProblems({
      name: '',
      advertDate: 'x',
      applicationDeadline: 'y',
      interviewDays: ['z'],
      positions: [
        { siteId: 'a', count: -1 },
        { siteId: 'a', count: 0 },
      ],
    }),
    ...recruitmentRoundProblems({
      name: 'x'.repeat(151),
      advertDate: '2027-09-06',
      applicationDeadline: '2027-09-01',
      interviewDays: ['2027-09-02', '2027-09-02', '2027-09-03', '2027-09-04'],
      positions: [],
    }),
    ...recruitmentRoundProblems({
      name: 'VT',
      advertDate: '2027-09-06',
      applicationDeadline: '2027-10-01',
      interviewDays: ['2027-10-20', '2029-01-01'],
      positions: [{ siteId: 'a', count: 1 }],
    }),
    ...roundWarnings({ advertDate: '2027-03-01', applicationDeadline: '2027-05-01' }),
    ...roundEditProblems(RecruitmentRoundState.OFFERS),
    ...rubricProblems([
      { name: '', weight: 0, scaleMin: 5, scaleMax: 1 },
      { name: 'A', weight: 1, scaleMin: 1, scaleMax: 5 },
      { name: 'a', weight: 1, scaleMin: 1, scaleMax: 5 },
    ]),
    ...rubricProblems([]),
    ...rubricEditProblems(RecruitmentRoundState.INTERVIEWS),
    ...panelMemberProblems(
      { stage: RecruitmentStage.INTERVIEWS, capacity: PanelCapacity.HR },
      { state: closed, personRoles: ['TRAINEE'], alreadySeated: true },
    ),
    ...panelRemovalProblems(RecruitmentRoundState.INTERVIEWS, []),
    ...panelRemovalProblems(closed, []),
    ...roundTransitionProblems(RecruitmentRoundState.DRAFT, RecruitmentRoundState.OFFERS, { panel: [], pendingOffers: 0 }),
    ...roundTransitionProblems(RecruitmentRoundState.OFFERS, RecruitmentRoundState.DRAFT, { panel: [], pendingOffers: 0 }),
    ...roundTransitionProblems(RecruitmentRoundState.OPEN, RecruitmentRoundState.OPEN, { panel: [], pendingOffers: 0 }),
    ...roundTransitionProblems(RecruitmentRoundState.SCREENING, RecruitmentRoundState.INTERVIEWS, { panel: [], pendingOffers: 0 }),
    ...roundTransitionProblems(RecruitmentRoundState.OFFERS, closed, { panel: [], pendingOffers: 1 }),
    ...roundTransitionProblems(closed, RecruitmentRoundState.OPEN, { panel: [], pendingOffers: 0 }),
    ...applicationProblems(
      {
        externalId: '',
        givenName: '',
        familyName: 'x'.repeat(101),
        email: 'a@',
        phone: 'nej',
        personalIdentityNumber: '1',
        preferredSiteId: '',
        receivedAt: 'i går',
        merits: { underlakareMonthsSweden: 1, underlakareMonthsRegion: 700, doctoralDegree: false, researchMerits: 'x'.repeat(1001) },
      },
      '2026-11-22',
    ),
    ...requirementChangeProblems(RecruitmentRoundState.OFFERS, ApplicationState.OFFERED),
    ...requirementChangeProblems(closed, ApplicationState.OFFERED),
    ...applicationChangeProblems(RecruitmentRoundState.OFFERS, ApplicationState.ACCEPTED),
    ...importProblems(RecruitmentRoundState.DRAFT),
    ...readApplicationCsv('ansökningsnummer;färg\n"1;2', { siteIdByName: () => undefined, siteNames: ['Växjö'], today: '2026-11-22' }).errors.flatMap(
      (error) => error.problems,
    ),
    ...slotOptionProblems({ slotMinutes: 1, dayStart: '8', dayEnd: '25:00' }),
    ...slotOptionProblems({ slotMinutes: 60, dayStart: '08:00', dayEnd: '08:30' }),
    ...slotGenerationProblems(RecruitmentRoundState.OFFERS),
    ...schedulingProblems(closed, ApplicationState.RECEIVED),
    ...sylfAttendanceProblems(SylfRequestedBy.SYLF, false, false),
    ...sylfAttendanceProblems(SylfRequestedBy.APPLICANT, false, true),
    ...scoreProblems(
      { value: 9, comment: 'x'.repeat(2001) },
      { roundState: closed, applicationState: ApplicationState.RECEIVED, criterion: { name: 'Intervju', scaleMin: 1, scaleMax: 5 }, submitted: true },
    ),
    ...reopenProblems(closed, false),
    ...submissionProblems([{ id: 'a', name: 'Intervju', weight: 1, scaleMin: 1, scaleMax: 5, sortOrder: 1 }], []),
    ...criminalRecordCheckProblems('x', '2027-10-12', closed, ApplicationState.RECEIVED),
    ...criminalRecordCheckProblems('2027-10-13', '2027-10-12', closed, ApplicationState.RECEIVED),
    ...offerProblems('x', {
      roundState: closed,
      applicationState: ApplicationState.RECEIVED,
      criminalRecordChecked: false,
      positions: 0,
      positionsTaken: 0,
      siteName: 'Växjö',
      today: '2027-10-12',
    }),
    ...offerProblems('2027-11-01', {
      roundState: RecruitmentRoundState.OFFERS,
      applicationState: ApplicationState.EXPIRED,
      criminalRecordChecked: true,
      positions: 1,
      positionsTaken: 0,
      siteName: 'Växjö',
      today: '2027-10-12',
    }),
    ...offerAnswerProblems(OfferState.PENDING, '2027-10-11', '2027-10-12'),
    ...offerAnswerProblems(OfferState.EXPIRED, '2027-10-11', '2027-10-12'),
  ];
}

describe('recruitment refusals', () => {
  const problems = everyRefusal();

  it('carry a stable upper-snake code each, and the rule where one is enforced (REC-1…REC-10)', () => {
    expect(problems.length).toBeGreaterThan(60);
    for (const item of problems) {
      expect(item.code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      if (item.rule !== undefined) expect(item.rule).toMatch(/^(REC-([1-9]|10)|EMP-1)$/);
    }
    expect(new Set(problems.filter((item) => item.rule).map((item) => item.rule))).toEqual(
      new Set(['REC-1', 'REC-2', 'REC-3', 'REC-4', 'REC-5', 'REC-6', 'REC-7', 'REC-8', 'REC-9', 'REC-10', 'EMP-1']),
    );
  });

  it('speak Swedish to people: no rule ids, no API argument or operation names, no enum values in the messages', () => {
    for (const { message } of problems) {
      expect(message).not.toMatch(/\b(REC|EMP|ORG)-\d/);
      expect(message).not.toMatch(/\b[a-z]+[A-Z][A-Za-z]*\b/); // camelCase: answerBy, expireOffers, recordCriminalRecordCheck
      for (const value of ENUM_VALUES) expect(message).not.toMatch(new RegExp(`\\b${value}\\b`));
    }
  });
});
