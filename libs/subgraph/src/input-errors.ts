import { GraphQLError } from 'graphql';
import { problem, type Problem } from '@bt/domain';

/**
 * Input that breaks a rule: BAD_USER_INPUT with every problem, each with its code, rule and field in
 * `extensions.problems`, and their messages joined as the error's message.
 * TRANSITIONAL: plain strings are still accepted (code INVALID_INPUT) until every rule returns Problems.
 */
export function badUserInput(problems: readonly (Problem | string)[]): GraphQLError {
  const listed = problems.map((item) => (typeof item === 'string' ? problem('INVALID_INPUT', item) : item));
  return new GraphQLError(listed.map((item) => item.message).join(' '), {
    extensions: { code: 'BAD_USER_INPUT', problems: listed, http: { status: 400 } },
  });
}
