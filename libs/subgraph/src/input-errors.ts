import { GraphQLError } from 'graphql';

/** Input that breaks a rule: every problem is listed, in the message and in `extensions.problems`. */
export function badUserInput(problems: string[]): GraphQLError {
  return new GraphQLError(problems.join(' '), { extensions: { code: 'BAD_USER_INPUT', problems, http: { status: 400 } } });
}
