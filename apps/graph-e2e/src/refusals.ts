import type { Problem } from '@bt/domain';
import type { GraphQLResponse } from '@bt/test-graph';

/** Refused with `code` (BAD_USER_INPUT, FORBIDDEN…), and every expected problem (code, field, rule, params) among the error's problems. */
export function expectProblems(response: Pick<GraphQLResponse, 'errors'>, code: string, ...problems: Partial<Problem>[]): void {
  expect(response.errors?.[0].extensions?.code).toBe(code);
  expect(response.errors?.[0].extensions?.problems).toEqual(expect.arrayContaining(problems.map((expected) => expect.objectContaining(expected))));
}
