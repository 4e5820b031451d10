import { GATEWAY_SECRET_HEADER, Role, signToken, type AuthConfig, type Viewer } from '@bt/auth';
import type { SeedData } from '@bt/seed';
import { postGraphQL } from './graphql-post';

/** Who may read every trainee with the portfolio (the cohort overview asks for the competence profile). */
const READS_EVERYTHING = [Role.DIRECTOR, Role.DIRECTOR_OF_STUDIES];

const PROMOTE = `mutation Promote($id: ID!, $version: Int!, $input: PersonInput!) { updatePerson(id: $id, version: $version, input: $input) { id roles } }`;

export interface BenchUser {
  viewer: Viewer;
  token: string;
  /** Headers for the gateway: the user's own token. */
  headers: Record<string, string>;
  /** Headers straight to a subgraph: the token and the gateway's secret, as the gateway sends them. */
  subgraphHeaders: Record<string, string>;
}

function viewerOf(person: SeedData['people'][number], roles: Role[]): Viewer {
  return { id: person.id, username: person.username, name: person.name, roles, siteId: person.siteId ?? undefined };
}

function userOf(viewer: Viewer, auth: AuthConfig): BenchUser {
  const token = signToken(viewer, auth.jwtSecret, auth.tokenTtlSeconds);
  const authorization = `Bearer ${token}`;
  return { viewer, token, headers: { authorization }, subgraphHeaders: { authorization, [GATEWAY_SECRET_HEADER]: auth.gatewaySecret } };
}

/**
 * `count` distinct people who see every trainee, each with a token of their own signed with the
 * configured secret (as the sign-in would): the seeded AT/BT-chef and directors of studies, then
 * clinical supervisors whom the AT/BT-chef makes directors of studies too, through the graph
 * (updatePerson), so the gateway's check that the holder exists with the token's roles holds.
 */
export async function benchUsers(data: SeedData, auth: AuthConfig, gatewayUrl: string, count: number): Promise<BenchUser[]> {
  const director = data.people.find((person) => person.roles.includes(Role.DIRECTOR));
  if (!director) throw new Error('Demodatan saknar AT/BT-chef.');
  const directorUser = userOf(viewerOf(director, director.roles), auth);
  const users = data.people
    .filter((person) => person.roles.some((role) => READS_EVERYTHING.includes(role)))
    .slice(0, count)
    .map((person) => (person === director ? directorUser : userOf(viewerOf(person, person.roles), auth)));
  const candidates = data.people.filter((person) => person.roles.length === 1 && person.roles[0] === Role.CLINICAL_SUPERVISOR);
  for (const person of candidates.slice(0, count - users.length)) {
    const roles = [...person.roles, Role.DIRECTOR_OF_STUDIES];
    await postGraphQL(gatewayUrl, PROMOTE, {
      headers: directorUser.headers,
      variables: {
        id: person.id,
        version: 1,
        input: {
          name: person.name,
          title: person.title ?? null,
          roles,
          siteId: person.siteId,
          unitId: person.unitId ?? null,
          directorOfStudiesScope: 'INPATIENT_PSYCHIATRY',
        },
      },
    });
    users.push(userOf(viewerOf(person, roles), auth));
  }
  if (users.length < count) throw new Error(`Demodatan räcker till ${users.length} användare, inte ${count}.`);
  return users;
}
