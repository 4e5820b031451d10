import { HttpError, type I18nProvider } from 'ra-core';
import type { Problem } from '@bt/domain';
import { isoDateText } from '../common/iso-date';
import { formattingLocale } from '../i18n/i18n-provider';

/** A GraphQL error; `problems` says why the server refused (code, Swedish message, rule — never shown —, field, params). */
interface GraphQLErrorLike {
  message: string;
  extensions?: { code?: string; problems?: Problem[] };
}

/** The chosen language: react-admin's i18n provider. */
export type Language = Pick<I18nProvider, 'translate' | 'getLocale'>;

const STATUS_BY_CODE: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400, CONFLICT: 409, UNAVAILABLE: 503 };

/** What to say for an error without problems (a gateway refusal, a server fault): never its raw text. */
const SENTENCE_BY_CODE: Record<string, string> = {
  UNAUTHENTICATED: 'bt.errors.unauthenticated',
  FORBIDDEN: 'bt.errors.forbidden',
  BAD_USER_INPUT: 'bt.errors.invalid',
  UNAVAILABLE: 'bt.errors.unavailable',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A problem's params with its calendar dates written the chosen language's way (isoDateText), the rest as they are. */
function datesAsText(params: Problem['params'], language: Language): Problem['params'] {
  const locale = formattingLocale(language.getLocale());
  return Object.fromEntries(Object.entries(params ?? {}).map(([name, value]) => [name, typeof value === 'string' && ISO_DATE.test(value) ? isoDateText(value, locale) : value]));
}

/**
 * A problem in the chosen language: in Swedish the server's own message; in English the catalogue's
 * `bt.problems.<CODE>` with the problem's params (dates written the English way), or a general sentence when the code has no text yet
 * or the problem lacks a value the text names (never a bare `%{placeholder}`).
 */
export function problemText(problem: Problem, language: Language): string {
  if (language.getLocale() === 'sv' && problem.message) return problem.message;
  const general = language.translate('bt.errors.refused');
  const text = language.translate(`bt.problems.${problem.code}`, { ...datesAsText(problem.params, language), _: general });
  return text.includes('%{') ? general : text;
}

/** A notice from the server (a warning, a rule explained, a reason): a code, the Swedish message and the values it names. */
export interface Notice {
  code: string;
  message: string;
  params: { name: string; value: string }[];
}

/** A notice in the chosen language, the way problemText says a refusal. */
export function noticeText(notice: Notice, language: Language): string {
  return problemText({ code: notice.code, message: notice.message, params: Object.fromEntries(notice.params.map(({ name, value }) => [name, value])) }, language);
}

/**
 * The form input a problem's field is about, as react-hook-form names it: the operation's `input.`
 * wrapper dropped and list positions dotted (`input.startDate` → `startDate`, `input.positions[1].count` → `positions.1.count`).
 */
export function formSource(field: string): string {
  return field.replace(/^input\./, '').replace(/\[(\d+)\]/g, '.$1');
}

/**
 * react-admin's server-side validation errors: each message at its input (nested by path, as
 * react-hook-form names them) and all of them as the form's root error, which react-admin notifies.
 * Undefined when no problem names a field.
 */
function validationErrors(problems: readonly Problem[], language: Language, message: string): Record<string, unknown> | undefined {
  const located = problems.filter((problem) => problem.field);
  if (!located.length) return undefined;
  const errors: Record<string, unknown> = { root: { serverError: message } };
  for (const problem of located) {
    const path = formSource(problem.field!).split('.');
    let node = errors;
    for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    const last = path[path.length - 1];
    node[last] = [node[last], problemText(problem, language)].filter(Boolean).join(' ');
  }
  return errors;
}

/**
 * What a refusal (toHttpError's) says that no input shows: the texts of its problems whose field is
 * not an input `shownAt` (each such input shows its own, see validationErrors), in the chosen language
 * (`text`, problemText); undefined when every problem is at an input shown. A stale save, or an error without problems, is said whole.
 */
export function refusalBeyondInputs(error: HttpError, shownAt: (source: string) => boolean, text: (problem: Problem) => string): string | undefined {
  const problems: Problem[] = error.body?.problems ?? [];
  if (error.status === 409 || !problems.length) return error.message;
  const elsewhere = problems.filter((problem) => !(problem.field && shownAt(formSource(problem.field))));
  if (elsewhere.length === problems.length) return error.message;
  return elsewhere.length ? [...new Set(elsewhere.map(text))].join(' ') : undefined;
}

interface ApolloErrorLike {
  graphQLErrors?: GraphQLErrorLike[];
  networkError?: { statusCode?: number; result?: { errors?: GraphQLErrorLike[] } } | null;
}

/**
 * Apollo's error, wherever it is: thrown by Apollo Client itself (the workflow operations), or wrapped
 * by ra-data-graphql (CRUD) in an HttpError — GraphQL errors in its body, a network error as its status
 * alone. Undefined for anything else (e.g. buildQuery's own "record does not exist").
 */
function apolloErrorOf(error: unknown): ApolloErrorLike | undefined {
  const candidate = error as ApolloErrorLike | undefined;
  if (candidate && (candidate.graphQLErrors || candidate.networkError !== undefined)) return candidate;
  if (!(error instanceof HttpError)) return undefined;
  if (error.body === undefined || error.body === null) return { graphQLErrors: [], networkError: { statusCode: error.status || undefined } };
  return apolloErrorOf(error.body);
}

/**
 * Turns what Apollo Client throws into an HttpError whose message a person can act on, in the chosen
 * language, with a status the auth provider understands (401 signs out, 403 stays and says why) and,
 * when problems name fields, react-admin's validation errors so each input shows its own message.
 * Rule ids, argument names and GraphQL's own error texts are never shown.
 */
export function toHttpError(error: unknown, language: Language): unknown {
  const apollo = apolloErrorOf(error);
  if (!apollo) return error;
  const errors = [...(apollo.graphQLErrors ?? []), ...(apollo.networkError?.result?.errors ?? [])];
  const statusCode = apollo.networkError?.statusCode;
  if (!errors.length) {
    if (!apollo.networkError) return error;
    // ra-data-graphql keeps only the status of a non-2xx answer: 409 is the gateway's CONFLICT (a stale save)
    const sentence =
      statusCode === 401
        ? 'bt.errors.unauthenticated'
        : statusCode === 409
          ? 'bt.errors.conflict'
          : !statusCode || statusCode >= 500
            ? 'bt.errors.unavailable'
            : 'bt.errors.generic';
    return new HttpError(language.translate(sentence), statusCode ?? 0, { problems: [] });
  }
  const code = errors[0].extensions?.code ?? '';
  const problems = errors.flatMap((e) => e.extensions?.problems ?? []);
  // a stale save (someone else changed the record meanwhile) is said the same short way for every record; the form keeps what was typed
  const texts =
    code === 'CONFLICT'
      ? [language.translate('bt.errors.conflict')]
      : problems.length
        ? problems.map((problem) => problemText(problem, language))
        : [language.translate(SENTENCE_BY_CODE[code] ?? 'bt.errors.generic')];
  const message = [...new Set(texts)].join(' ');
  const status = STATUS_BY_CODE[code] ?? statusCode ?? 500;
  return new HttpError(message, status, { problems, errors: validationErrors(problems, language, message) });
}
