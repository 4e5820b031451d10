import type { GraphQLResponse, TestGraph } from '@bt/testing';

/** Calls the graph as `username` and returns the data; fails the test with the errors when there are any. */
export async function call<T = Record<string, unknown>>(graph: TestGraph, username: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await graph.query<T>(query, { token: graph.tokenFor(username), variables });
  if (response.errors?.length || !response.data) throw new Error(`${username}: ${response.errors?.map((error) => error.message).join(' ') ?? 'no data'}`);
  return response.data;
}

/** The first error has `code` and a message matching every pattern. */
export function expectRefused(response: GraphQLResponse, code: string, ...messages: RegExp[]): void {
  expect(response.errors?.[0].extensions?.code).toBe(code);
  for (const message of messages) expect(response.errors?.[0].message).toMatch(message);
}

/** A round that follows REC-1 and REC-6: deadline 25 days after the advert, interviews within the week after. */
export const ROUND_INPUT = {
  name: 'BT-rekrytering VT 2028',
  advertDate: '2027-09-06',
  applicationDeadline: '2027-10-01',
  interviewDays: ['2027-10-06', '2027-10-07'],
};

export const ROUND_FIELDS = `id name state advertDate applicationDeadline interviewDays startDate warnings allowedTransitions
  positions { site { id name } count } rubric { id name weight scaleMin scaleMax sortOrder }`;

export interface RoundResult {
  id: string;
  name: string;
  state: string;
  warnings: string[];
  allowedTransitions: string[];
  positions: { site: { id: string; name: string }; count: number }[];
  rubric: { id: string; name: string; weight: number; scaleMin: number; scaleMax: number; sortOrder: number }[];
}
