import { problem } from './problem';
import { ApplicationState as State, FormalRequirement, RecruitmentRoundState } from './recruitment';
import {
  applicationChangeProblems,
  applicationDateWarnings,
  applicationProblems,
  isLateApplication,
  lateAdmissionProblems,
  lateApplicationProblems,
  eligibility,
  importProblems,
  requirementChangeProblems,
  stateAfterRequirements,
  type ApplicationDraft,
} from './recruitment-application-rules';

const application: ApplicationDraft = {
  externalId: 'OJ-2027-0001',
  givenName: 'Amira',
  familyName: 'Hussein',
  email: 'amira.hussein@example.se',
  phone: '070-123 45 67',
  personalIdentityNumber: '19121212-1212',
  preferredSiteId: 'vaxjo',
  receivedAt: '2027-09-10',
  merits: { underlakareMonthsSweden: 14, underlakareMonthsRegion: 6, doctoralDegree: false, researchMerits: null },
};

describe('an application', () => {
  it('accepts names, contact details, a valid personal identity number and REC-5 merits', () => {
    expect(applicationProblems(application, '2026-11-22')).toEqual([]);
    expect(applicationProblems({ ...application, email: null, phone: ' ' }, '2026-11-22')).toEqual([]);
  });

  it('REC-5: refuses every problem at once, naming the fields', () => {
    const problems = applicationProblems(
      {
        ...application,
        externalId: '',
        givenName: ' ',
        email: 'amira@',
        phone: 'ring mig',
        personalIdentityNumber: '19121212-1213',
        receivedAt: '2027-09-31',
        merits: { underlakareMonthsSweden: 3, underlakareMonthsRegion: 5, doctoralDegree: true, otherHigherEducation: 'x'.repeat(1001) },
      },
      '2026-11-22',
    );
    expect(problems.map(({ code, rule, field }) => [code, rule, field])).toEqual([
      ['TEXT_REQUIRED', undefined, 'input.externalId'],
      ['TEXT_REQUIRED', undefined, 'input.givenName'],
      ['EMAIL_INVALID', undefined, 'input.email'],
      ['PHONE_INVALID', undefined, 'input.phone'],
      ['PERSONAL_IDENTITY_NUMBER_INVALID', undefined, 'input.personalIdentityNumber'],
      ['DATE_INVALID', undefined, 'input.receivedAt'],
      ['MERIT_REGION_MONTHS_ABOVE_SWEDEN', 'REC-5', 'input.merits.underlakareMonthsRegion'],
      ['TEXT_TOO_LONG', undefined, 'input.merits.otherHigherEducation'],
    ]);
    expect(problems.map((item) => item.message)).toEqual([
      'Ansökningsnumret får inte vara tomt.',
      'Förnamnet får inte vara tomt.',
      'E-postadressen "amira@" ser inte ut som en e-postadress.',
      'Telefonnumret "ring mig" ska bestå av siffror, gärna med riktnummer, t.ex. 070-123 45 67.',
      'Personnumrets kontrollsiffra stämmer inte.',
      'Mottagningsdatumet "2027-09-31" är inget giltigt datum (ÅÅÅÅ-MM-DD).',
      'Underläkarmånader i regionen kan inte vara fler än månaderna i Sverige (3); regionen ligger i Sverige.',
      'Annan högskoleutbildning får vara högst 1000 tecken.',
    ]);
    expect(
      applicationProblems(
        { ...application, merits: { ...application.merits, underlakareMonthsSweden: -1, underlakareMonthsRegion: Number.NaN } },
        '2026-11-22',
      ),
    ).toEqual([
      expect.objectContaining({
        code: 'MERIT_MONTHS_INVALID',
        rule: 'REC-5',
        field: 'input.merits.underlakareMonthsSweden',
        message: 'Underläkarmånader i Sverige ska vara hela månader 0–600, inte -1.',
      }),
      expect.objectContaining({
        code: 'MERIT_MONTHS_INVALID',
        rule: 'REC-5',
        field: 'input.merits.underlakareMonthsRegion',
        message: 'Underläkarmånader i regionen ska vara hela månader 0–600.',
      }),
    ]);
  });
});

describe('REC-3: eligibility', () => {
  const check = (requirement: FormalRequirement, met: boolean | null) => ({ requirement, met });

  it('is unknown until all three requirements are checked, and eligible when all are met', () => {
    expect(eligibility([])).toEqual({ eligible: null, reasons: [] });
    expect(eligibility([check(FormalRequirement.BT_REQUIREMENT, true), check(FormalRequirement.LICENCE, true)])).toEqual({ eligible: null, reasons: [] });
    expect(
      eligibility([check(FormalRequirement.BT_REQUIREMENT, true), check(FormalRequirement.LICENCE, true), check(FormalRequirement.SWEDISH_C1, true)]),
    ).toEqual({
      eligible: true,
      reasons: [],
    });
  });

  it('is ineligible, with a Swedish reason per requirement not met, as soon as any one is not met', () => {
    expect(eligibility([check(FormalRequirement.SWEDISH_C1, false), check(FormalRequirement.LICENCE, false)])).toEqual({
      eligible: false,
      reasons: [
        expect.objectContaining({ code: 'LICENCE_MISSING', message: 'Saknar svensk läkarlegitimation.' }),
        expect.objectContaining({ code: 'SWEDISH_C1_MISSING', message: 'Saknar svenska på nivå C1.' }),
      ],
    });
  });

  it('decides the state during screening; an invited applicant found ineligible leaves the running', () => {
    const yes = { eligible: true, reasons: [] };
    const no = { eligible: false, reasons: [problem('LICENCE_MISSING', 'x')] };
    const unknown = { eligible: null, reasons: [] };
    expect(stateAfterRequirements(State.RECEIVED, yes)).toBe(State.ELIGIBLE);
    expect(stateAfterRequirements(State.ELIGIBLE, no)).toBe(State.INELIGIBLE);
    expect(stateAfterRequirements(State.INELIGIBLE, unknown)).toBe(State.RECEIVED);
    expect(stateAfterRequirements(State.INVITED, yes)).toBe(State.INVITED);
    expect(stateAfterRequirements(State.INTERVIEWED, no)).toBe(State.INELIGIBLE);
  });

  it('REC-3: is recorded before any offer on an open round only', () => {
    expect(requirementChangeProblems(RecruitmentRoundState.SCREENING, State.INVITED)).toEqual([]);
    expect(requirementChangeProblems(RecruitmentRoundState.OFFERS, State.OFFERED)).toEqual([
      expect.objectContaining({ code: 'REQUIREMENTS_AFTER_OFFER', rule: 'REC-3', message: expect.stringMatching(/erbjudande/) }),
    ]);
    expect(requirementChangeProblems(RecruitmentRoundState.CLOSED, State.RECEIVED)).toEqual([
      expect.objectContaining({ code: 'ROUND_CLOSED', message: expect.stringMatching(/avslutad/) }),
    ]);
  });
});

describe('application states', () => {
  it('REC-1, EMP-1: import while the round is open or in screening; change until the round closes or the applicant is employed', () => {
    expect(importProblems(RecruitmentRoundState.OPEN)).toEqual([]);
    expect(importProblems(RecruitmentRoundState.SCREENING)).toEqual([]);
    expect(importProblems(RecruitmentRoundState.DRAFT)).toEqual([
      expect.objectContaining({ code: 'ROUND_NOT_OPEN_FOR_IMPORT', rule: 'REC-1', message: expect.stringMatching(/öppna omgången för ansökan/) }),
    ]);
    expect(applicationChangeProblems(RecruitmentRoundState.OFFERS, State.OFFERED)).toEqual([]);
    expect(applicationChangeProblems(RecruitmentRoundState.OFFERS, State.ACCEPTED)).toEqual([
      expect.objectContaining({ code: 'APPLICATION_ACCEPTED', rule: 'EMP-1', message: expect.stringMatching(/BT-läkaren/) }),
    ]);
  });
});

describe('REC-1: late and early applications', () => {
  const round = { advertDate: '2027-09-06', applicationDeadline: '2027-10-01' };

  it('an application received after the deadline is late; on the deadline it is in time', () => {
    expect(isLateApplication('2027-10-01', round.applicationDeadline)).toBe(false);
    expect(isLateApplication('2027-10-02', round.applicationDeadline)).toBe(true);
  });

  it('warns on import of a late application, and of one dated more than 30 days before the advert', () => {
    expect(applicationDateWarnings('2027-10-02', round).map((w) => [w.code, w.rule, w.field])).toEqual([['APPLICATION_LATE', 'REC-1', 'mottagen']]);
    expect(applicationDateWarnings('2027-08-06', round).map((w) => w.code)).toEqual(['APPLICATION_DATED_BEFORE_ADVERT']);
    expect(applicationDateWarnings('2027-08-07', round)).toEqual([]);
    expect(applicationDateWarnings('2027-09-20', round)).toEqual([]);
    expect(applicationDateWarnings('inte ett datum', round)).toEqual([]);
  });

  it('keeps a late application out of screening until it is admitted', () => {
    expect(lateApplicationProblems(true, false, '2027-10-01').map((p) => [p.code, p.rule])).toEqual([['APPLICATION_LATE_NOT_ADMITTED', 'REC-1']]);
    expect(lateApplicationProblems(true, true, '2027-10-01')).toEqual([]);
    expect(lateApplicationProblems(false, false, '2027-10-01')).toEqual([]);
  });

  it('admits a late application once, with a reason, on a round not closed', () => {
    const open = RecruitmentRoundState.SCREENING;
    expect(lateAdmissionProblems({ late: true, admitted: false, roundState: open }, 'Portalen låg nere.')).toEqual([]);
    expect(lateAdmissionProblems({ late: true, admitted: false, roundState: open }, ' ').map((p) => p.code)).toEqual(['TEXT_REQUIRED']);
    expect(lateAdmissionProblems({ late: false, admitted: false, roundState: open }, 'x').map((p) => p.code)).toEqual(['APPLICATION_NOT_LATE']);
    expect(lateAdmissionProblems({ late: true, admitted: true, roundState: open }, 'x').map((p) => p.code)).toEqual(['LATE_APPLICATION_ALREADY_ADMITTED']);
    expect(lateAdmissionProblems({ late: true, admitted: false, roundState: RecruitmentRoundState.CLOSED }, 'x').map((p) => p.code)).toEqual(['ROUND_CLOSED']);
  });
});
