import fs from 'node:fs';
import { Role } from '@bt/auth';
import { committedDemoViewers, DEMO_PEOPLE_FILE } from '@bt/demo-people';
import { demoPeopleJson } from './demo-people-json';

describe('the committed demo people', () => {
  it('are the staff and trainees of the demo data (run `npm run demo-people` after changing them)', () => {
    expect(fs.readFileSync(DEMO_PEOPLE_FILE, 'utf8')).toBe(demoPeopleJson());
  });

  it('give the gateway staff by role and trainees as themselves', () => {
    const viewers = committedDemoViewers();
    expect(viewers.get('atbt-chef')?.roles).toEqual([Role.DIRECTOR]);
    expect(viewers.get('bt-ida.olsson')).toMatchObject({ roles: [Role.TRAINEE], traineeId: expect.any(String) });
  });
});
