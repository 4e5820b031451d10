import { Role, type Viewer } from '@bt/auth';

/** What the development sign-in needs of the seeded staff and trainees. */
export interface DemoPeopleSource {
  people: readonly { id: string; username: string; name: string; roles: Role[]; siteId: string | null }[];
  trainees: readonly { id: string; username: string; givenName: string; familyName: string; siteId: string }[];
}

/** Development sign-in: the seeded staff and trainees as token viewers, by username. */
export function demoViewers(data: DemoPeopleSource): Map<string, Viewer> {
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
