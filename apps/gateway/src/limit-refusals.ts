import { GraphQLError } from 'graphql';
import type { Problem } from '@bt/domain';
import { jsonResponse } from './json-response';

/** Stable codes of the gateway's limits, one per limit, as `extensions.problems[].code`. */
export type LimitCode =
  | 'QUERY_TOO_DEEP'
  | 'QUERY_TOO_MANY_ALIASES'
  | 'QUERY_TOO_MANY_TOKENS'
  | 'QUERY_TOO_MANY_DIRECTIVES'
  | 'QUERY_TOO_COSTLY'
  | 'QUERY_TOO_MANY_ROWS'
  | 'REQUEST_TOO_LARGE'
  | 'RESPONSE_TOO_LARGE'
  | 'TOO_MANY_REQUESTS';

const MESSAGES: Record<LimitCode, (limit: number) => string> = {
  QUERY_TOO_DEEP: (limit) => `Frågan går för många nivåer djupt (högst ${limit}). Hämta det inre i en egen fråga.`,
  QUERY_TOO_MANY_ALIASES: (limit) => `Frågan ber om samma fält under för många namn (högst ${limit}). Dela upp den i flera frågor.`,
  QUERY_TOO_MANY_TOKENS: (limit) => `Frågan är för lång (högst ${limit} delar). Dela upp den i flera frågor.`,
  QUERY_TOO_MANY_DIRECTIVES: (limit) => `Frågan har för många villkor på fälten (högst ${limit}). Dela upp den i flera frågor.`,
  QUERY_TOO_COSTLY: (limit) => `Frågan ber om för mycket på en gång (högst ${limit} i beräknad kostnad). Be om färre fält eller nivåer.`,
  QUERY_TOO_MANY_ROWS: (limit) => `Frågan ber om för många rader på en gång (högst ${limit}). Be om färre rader per sida eller färre listor inuti listor.`,
  REQUEST_TOO_LARGE: (limit) => `Anropet är för stort (högst ${limit} byte). Skicka mindre åt gången.`,
  RESPONSE_TOO_LARGE: (limit) => `Svaret blev för stort (högst ${limit} byte). Be om färre rader eller fält åt gången.`,
  TOO_MANY_REQUESTS: (seconds) => `För många anrop på kort tid. Försök igen om ${seconds} sekunder.`,
};

/** The problem, naming the limit (or, for `TOO_MANY_REQUESTS`, the seconds to wait) in `params`. */
export function limitProblem(code: LimitCode, limit: number): Problem {
  return { code, message: MESSAGES[code](limit), params: { [code === 'TOO_MANY_REQUESTS' ? 'retryAfterSeconds' : 'limit']: limit } };
}

/** A query over a limit, refused as `BAD_USER_INPUT` with HTTP 400 like any other input the client can change. */
export function queryLimitError(code: LimitCode, limit: number): GraphQLError {
  const problem = limitProblem(code, limit);
  return new GraphQLError(problem.message, { extensions: { code: 'BAD_USER_INPUT', problems: [problem], http: { status: 400 } } });
}

/** A refusal before GraphQL runs (413, 429), in the same error shape. */
export function limitResponse(status: number, code: LimitCode, limit: number, headers: Record<string, string> = {}): Response {
  const problem = limitProblem(code, limit);
  const response = jsonResponse(status, {
    errors: [{ message: problem.message, extensions: { code: status === 429 ? 'TOO_MANY_REQUESTS' : 'BAD_USER_INPUT', problems: [problem] } }],
  });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
