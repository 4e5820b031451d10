import { Role, type Viewer } from '@bt/auth';
import type { SeedData } from './seed-data';

/** Development sign-in: the seeded staff and trainees as token viewers, by username. */
export function demoViewers(data: SeedData): Map<string, Viewer> {
  const viewers = new Map<string, Viewer>();
  for (const person of data.people) {
    viewers.set(person.username, {
      id: person.id,
      username: person.username,
      name: person.name,
      roles: person.roles,
      siteId: person.siteId ?? undefined,
    });
  }
  for (const trainee of data.trainees) {
    viewers.set(trainee.username, {
      id: trainee.id,
      username: trainee.username,
      name: `${trainee.givenName} ${trainee.familyName}`,
      roles: [Role.TRAINEE],
      siteId: trainee.siteId,
      traineeId: trainee.id,
    });
  }
  return viewers;
}
