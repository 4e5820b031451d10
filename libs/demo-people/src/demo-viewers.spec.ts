import { Role } from '@bt/auth';
import { demoViewers } from './demo-viewers';

describe('demo viewers', () => {
  const viewers = demoViewers({
    people: [
      { id: 'p1', username: 'atbt-chef', name: 'Sofia Eriksson', roles: [Role.DIRECTOR], siteId: 's1' },
      { id: 'p2', username: 'extern', name: 'Karl Berg', roles: [Role.EXTERNAL_ASSESSOR], siteId: null },
    ],
    trainees: [{ id: 't1', username: 'bt-ida.olsson', givenName: 'Ida', familyName: 'Olsson', siteId: 's1' }],
  });

  it('are the staff by username, with their roles and site', () => {
    expect(viewers.get('atbt-chef')).toEqual({ id: 'p1', username: 'atbt-chef', name: 'Sofia Eriksson', roles: [Role.DIRECTOR], siteId: 's1' });
    expect(viewers.get('extern')?.siteId).toBeUndefined();
  });

  it('are the trainees as themselves', () => {
    expect(viewers.get('bt-ida.olsson')).toEqual({
      id: 't1',
      username: 'bt-ida.olsson',
      name: 'Ida Olsson',
      roles: [Role.TRAINEE],
      siteId: 's1',
      traineeId: 't1',
    });
  });
});
