/**
 * One reason a request is refused, as clients need it: a stable `code` to act on, the `rule` of
 * DOMAIN.md it enforces, the input `field` it is about, and a Swedish `message` for people. The
 * message never names rule ids or API arguments (clients show those from `rule` and `field`);
 * `params` carries the values it names, so a client can say the same in another language.
 */
export interface Problem {
  /** Stable, upper snake case, e.g. `OFFER_ANSWER_BY_TOO_LATE`. Never changes once released. */
  code: string;
  /** Swedish, for the person who made the request. */
  message: string;
  /** The rule id in DOMAIN.md, e.g. `REC-7`, when the refusal enforces one. */
  rule?: string;
  /** The input field, as the operation names it (e.g. `answerBy`, `input.startDate`). */
  field?: string;
  /** The values the message names (dates, counts, names), by name. */
  params?: Record<string, string | number>;
}

export interface ProblemDetails {
  rule?: string;
  field?: string;
  params?: Record<string, string | number>;
}

export function problem(code: string, message: string, details: ProblemDetails = {}): Problem {
  return { code, message, ...details };
}
