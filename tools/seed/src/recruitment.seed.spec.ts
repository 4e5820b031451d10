import {
  addDays,
  allowedRoundTransitions,
  eligibility,
  OfferState,
  panelGaps,
  recruitmentRoundProblems,
  roundWarnings,
  rubricProblems,
  slotsOverlap,
  ApplicationState,
  RecruitmentRoundState,
} from '@bt/domain';
import { buildSeedData, DEFAULT_AS_OF } from './seed-data';

describe('the demo recruitment round', () => {
  const data = buildSeedData();
  const [round] = data.recruitmentRounds;

  it('is "BT-rekrytering VT 2027, fler platser" in INTERVIEWS, the start term\'s second round with the Director\'s reason (REC-1), following REC-2 and REC-6 without warnings', () => {
    expect(round).toMatchObject({ name: 'BT-rekrytering VT 2027, fler platser', state: RecruitmentRoundState.INTERVIEWS, startDate: '2027-01-18' });
    expect(round.secondRoundReason).toMatch(/utökar BT-platserna/);
    const positions = data.roundPositions.filter((p) => p.roundId === round.id).map(({ siteId, count }) => ({ siteId, count }));
    expect(recruitmentRoundProblems({ ...round, positions })).toEqual([]);
    expect(roundWarnings(round)).toEqual([]);
    expect(positions.map((p) => `${data.sites.find((s) => s.id === p.siteId)!.name} ${p.count}`)).toEqual(['Växjö 4', 'Ljungby 2']);
    expect(rubricProblems(data.rubricCriteria.filter((c) => c.roundId === round.id))).toEqual([]);
  });

  it('REC-6: is on the demo day in the state its own dates imply: past the deadline, invitations sent within a week, the interviews still to come', () => {
    expect(round.applicationDeadline < DEFAULT_AS_OF).toBe(true);
    expect(round.interviewDays.every((day) => day > DEFAULT_AS_OF)).toBe(true);
    const invited = data.applications.filter((a) => a.roundId === round.id && a.state === ApplicationState.INVITED);
    expect(invited.every((a) => a.invitationSentOn! > round.applicationDeadline && a.invitationSentOn! <= addDays(round.applicationDeadline, 7))).toBe(true);
    // the next state, offers, waits for the last interview day (REC-6)
    const panel = data.panelMembers.filter((m) => m.roundId === round.id);
    const calendar = { today: DEFAULT_AS_OF, applicationDeadline: round.applicationDeadline, interviewDays: round.interviewDays };
    expect(allowedRoundTransitions(round.state, { panel, pendingOffers: 0, calendar })).toEqual([]);
    expect(allowedRoundTransitions(round.state, { panel, pendingOffers: 0, calendar: { ...calendar, today: round.interviewDays[1] } })).toEqual([
      RecruitmentRoundState.OFFERS,
    ]);
    const received = data.applications.filter((a) => a.roundId === round.id).map((a) => a.receivedAt);
    expect(received.every((day) => day >= round.advertDate && day <= round.applicationDeadline)).toBe(true);
  });

  it('REC-9: has HR, management and a director of studies on every stage, from the seeded staff', () => {
    expect(panelGaps(data.panelMembers.filter((m) => m.roundId === round.id))).toEqual([]);
    const usernames = new Set(data.panelMembers.map((m) => data.people.find((p) => p.id === m.personId)!.username));
    expect([...usernames].sort()).toEqual(['bitr-atbt-chef', 'hr-samordnare', 'studierektor-sluten']);
  });

  it('holds the sample file’s twelve applications, requirements recorded (one ineligible, REC-3) and the eligible invited to slots of their own', () => {
    const demoApplications = data.applications.filter((a) => a.roundId === round.id);
    expect(demoApplications).toHaveLength(12);
    const byState = (state: ApplicationState) => demoApplications.filter((a) => a.state === state);
    expect(byState(ApplicationState.INELIGIBLE).map((a) => a.externalId)).toEqual(['OJ-2027-1004']);
    expect(byState(ApplicationState.INVITED)).toHaveLength(11);
    for (const application of demoApplications) {
      const checks = data.requirementChecks.filter((c) => c.applicationId === application.id);
      expect(eligibility(checks).eligible).toBe(application.state !== ApplicationState.INELIGIBLE);
    }
    const booked = data.interviewSlots.filter((slot) => slot.applicationId);
    expect(booked.map((slot) => slot.applicationId).sort()).toEqual(
      byState(ApplicationState.INVITED)
        .map((a) => a.id)
        .sort(),
    );
    expect(data.interviewSlots.some((a, i) => data.interviewSlots.some((b, j) => i !== j && slotsOverlap(a, b)))).toBe(false);
    expect(data.sylfAttendances).toHaveLength(1);
  });

  it('REC-1, REC-2, REC-7: a CLOSED round behind each cohort (every cohort has its trainees on the demo day), closed before the day, its positions the cohort sizes, every trainee employed by an accepted offer', () => {
    const started = data.cohorts;
    const closed = data.recruitmentRounds.filter((r) => r.state === RecruitmentRoundState.CLOSED);
    expect(closed.map((r) => `${r.name} ${r.startDate}`)).toEqual([
      'BT-rekrytering VT 2025 2025-01-13',
      'BT-rekrytering VT 2026 2026-01-12',
      'BT-rekrytering VT 2027 2027-01-18',
    ]);
    expect(closed.every((r) => r.interviewDays.every((day) => day < DEFAULT_AS_OF))).toBe(true);
    for (const closedRound of closed) {
      const cohorts = started.filter((cohort) => cohort.startDate === closedRound.startDate);
      expect(cohorts).toHaveLength(2);
      expect(closedRound.interviewDays.every((day) => day < closedRound.startDate)).toBe(true);
      expect(recruitmentRoundProblems({ ...closedRound, positions: [] }).map((p) => p.code)).toEqual(['NO_POSITIONS']);
      expect(roundWarnings(closedRound)).toEqual([]);
      for (const cohort of cohorts) {
        const trainees = data.trainees.filter((t) => t.cohortId === cohort.id);
        expect(data.roundPositions.find((p) => p.roundId === closedRound.id && p.siteId === cohort.siteId)?.count).toBe(trainees.length);
        const offers = data.offers.filter((o) => o.roundId === closedRound.id && o.siteId === cohort.siteId);
        expect(offers.map((o) => o.state)).toEqual(trainees.map(() => OfferState.ACCEPTED));
        expect(offers.map((o) => o.traineeId).sort()).toEqual(trainees.map((t) => t.id).sort());
        for (const offer of offers) {
          const application = data.applications.find((a) => a.id === offer.applicationId)!;
          expect(application).toMatchObject({ state: ApplicationState.ACCEPTED, roundId: closedRound.id });
          expect(data.criminalRecordChecks.find((c) => c.applicationId === application.id)!.shownOn <= offer.offeredAt.toISOString().slice(0, 10)).toBe(true);
          expect(application.personalIdentityNumber).toBe(data.trainees.find((t) => t.id === offer.traineeId)!.personalIdentityNumber);
        }
      }
      expect(panelGaps(data.panelMembers.filter((m) => m.roundId === closedRound.id))).toEqual([]);
    }
  });

  it('grows with the scale only in the closed rounds’ positions (one round a year; applications for the region-sized part) and adds no cohort or trainee', () => {
    const scaled = buildSeedData({ scale: 3 });
    expect(scaled.applications).toHaveLength(data.applications.length);
    expect(scaled.recruitmentRounds).toHaveLength(4);
    expect(scaled.roundPositions.filter((p) => p.roundId !== scaled.recruitmentRounds[0].id).map((p) => p.count)).toEqual([12, 6, 12, 6, 12, 6]);
    expect(data.applications).toHaveLength(12 + 3 * 6);
    expect(data.trainees).toHaveLength(18);
    expect(data.cohorts).toHaveLength(6);
  });
});
