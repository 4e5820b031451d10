import fs from 'node:fs';
import { DEMO_PEOPLE_FILE } from '@bt/demo-people';
import { demoPeopleJson } from './demo-people-json';

describe('the committed demo people', () => {
  it('are the staff and trainees of the demo data (run `npm run demo-people` after changing them)', () => {
    expect(fs.readFileSync(DEMO_PEOPLE_FILE, 'utf8')).toBe(demoPeopleJson());
  });
});
