import {
  eligibility,
  panelGaps,
  recruitmentRoundProblems,
  roundWarnings,
  rubricProblems,
  slotsOverlap,
  ApplicationState,
  RecruitmentRoundState,
} from '@bt/domain';
import { buildSeedData } from './seed-data';

describe('the demo recruitment round', () => {
  const data = buildSeedData();
  const [round] = data.recruitmentRounds;

  it('is "BT-rekrytering VT 2028" in INTERVIEWS, following REC-1, REC-2 and REC-6 without warnings', () => {
    expect(data.recruitmentRounds).toHaveLength(1);
    expect(round).toMatchObject({ name: 'BT-rekrytering VT 2028', state: RecruitmentRoundState.INTERVIEWS, startDate: '2028-01-17' });
    const positions = data.roundPositions.map(({ siteId, count }) => ({ siteId, count }));
    expect(recruitmentRoundProblems({ ...round, positions })).toEqual([]);
    expect(roundWarnings(round)).toEqual([]);
    expect(positions.map((p) => `${data.sites.find((s) => s.id === p.siteId)!.name} ${p.count}`)).toEqual(['Växjö 4', 'Ljungby 2']);
    expect(rubricProblems(data.rubricCriteria)).toEqual([]);
  });

  it('REC-9: has HR, management and a director of studies on every stage, from the seeded staff', () => {
    expect(panelGaps(data.panelMembers)).toEqual([]);
    const usernames = new Set(data.panelMembers.map((m) => data.people.find((p) => p.id === m.personId)!.username));
    expect([...usernames].sort()).toEqual(['bitr-atbt-chef', 'hr-samordnare', 'studierektor-sluten']);
  });

  it('holds the sample file’s twelve applications, requirements recorded (one ineligible, REC-3) and the eligible invited to slots of their own', () => {
    expect(data.applications).toHaveLength(12);
    const byState = (state: ApplicationState) => data.applications.filter((a) => a.state === state);
    expect(byState(ApplicationState.INELIGIBLE).map((a) => a.externalId)).toEqual(['OJ-2027-1004']);
    expect(byState(ApplicationState.INVITED)).toHaveLength(11);
    for (const application of data.applications) {
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

  it('does not grow with the scale (one round a year) and adds no cohort or trainee', () => {
    const scaled = buildSeedData({ scale: 3 });
    expect(scaled.applications).toHaveLength(12);
    expect(scaled.recruitmentRounds).toHaveLength(1);
    expect(data.trainees).toHaveLength(18);
    expect(data.cohorts).toHaveLength(6);
  });
});
