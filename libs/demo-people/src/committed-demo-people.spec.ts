import { Role } from '@bt/auth';
import { committedDemoViewers } from './committed-demo-people';

describe('the committed demo people', () => {
  it('give the gateway staff by role and trainees as themselves', () => {
    const viewers = committedDemoViewers();
    expect(viewers.get('atbt-chef')?.roles).toEqual([Role.DIRECTOR]);
    expect(viewers.get('bt-ida.olsson')).toMatchObject({ roles: [Role.TRAINEE], traineeId: expect.any(String) });
  });
});
