import { GraphQLError } from 'graphql';
import type { Problem } from '@bt/domain';

/**
 * Input that breaks a rule: BAD_USER_INPUT with every problem, each with its code, rule and field in
 * `extensions.problems`, and their messages joined as the error's message.
 */
export function badUserInput(problems: readonly Problem[]): GraphQLError {
  return new GraphQLError(problems.map((item) => item.message).join(' '), {
    extensions: { code: 'BAD_USER_INPUT', problems, http: { status: 400 } },
  });
}

/** A write that would overwrite someone else's change: CONFLICT (HTTP 409) with its problems. */
export function conflict(problems: readonly Problem[]): GraphQLError {
  return new GraphQLError(problems.map((item) => item.message).join(' '), {
    extensions: { code: 'CONFLICT', problems, http: { status: 409 } },
  });
}
