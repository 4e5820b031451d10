import { Role } from '@bt/auth';
import { demoViewers } from '@bt/demo-people';
import { parsePersonalIdentityNumber, PlacementKind, UnitKind } from '@bt/domain';
import { buildSeedData } from './seed-data';

describe('demo data', () => {
  const data = buildSeedData();

  it('is deterministic: the same input gives the same data', () => {
    expect(buildSeedData()).toEqual(data);
    expect(buildSeedData({ seed: 1 }).trainees[0].id).not.toBe(data.trainees[0].id);
  });

  it('REC-2: three yearly cohorts of 4 Växjö + 2 Ljungby trainees, multiplied by the scale', () => {
    expect(data.cohorts).toHaveLength(6);
    expect(data.trainees).toHaveLength(18);
    expect(buildSeedData({ scale: 10 }).trainees).toHaveLength(180);
    expect(() => buildSeedData({ scale: 0 })).toThrow(/positivt heltal/);
  });

  it('has staff in every role of the glossary', () => {
    const roles = new Set(data.people.flatMap((person) => person.roles));
    for (const role of Object.values(Role).filter((r) => r !== Role.TRAINEE)) expect(roles).toContain(role);
    expect(data.people.find((p) => p.username === 'atbt-chef')?.roles).toEqual([Role.DIRECTOR]);
  });

  it('ORG-3: every unit has a head of unit and a BT lead', () => {
    expect(data.units.every((unit) => unit.headOfUnitId && unit.btLeadId)).toBe(true);
  });

  it('gives every trainee a valid personal identity number and a unique username', () => {
    for (const trainee of data.trainees) {
      expect(parsePersonalIdentityNumber(trainee.personalIdentityNumber)).toEqual({ valid: true, normalized: trainee.personalIdentityNumber });
    }
    expect(new Set(data.trainees.map((t) => t.username)).size).toBe(data.trainees.length);
  });

  it('EDU-7: the main supervisor works at the vårdcentral where BT starts and ends', () => {
    const people = new Map(data.people.map((p) => [p.id, p]));
    const units = new Map(data.units.map((u) => [u.id, u]));
    for (const supervision of data.mainSupervisions) {
      const placements = data.placements.filter((p) => p.traineeId === supervision.traineeId);
      const [first, last] = [placements[0], placements[placements.length - 1]];
      expect(first.kind).toBe(PlacementKind.INTRODUCTION);
      expect(last.kind).toBe(PlacementKind.PRIMARY_CARE);
      expect(units.get(first.unitId)?.kind).toBe(UnitKind.PRIMARY_CARE);
      expect(people.get(supervision.supervisorId)?.unitId).toBe(first.unitId);
      expect(last.unitId).toBe(first.unitId);
    }
  });

  it('development sign-in knows staff by role and trainees as themselves', () => {
    const viewers = demoViewers(data);
    expect(viewers.get('atbt-chef')?.roles).toEqual([Role.DIRECTOR]);
    const trainee = data.trainees[0];
    expect(viewers.get(trainee.username)).toMatchObject({ roles: [Role.TRAINEE], traineeId: trainee.id });
  });
});
