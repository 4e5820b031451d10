/** @jest-environment node */
import { HttpError } from 'ra-core';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { messages, type Locale } from '../i18n/i18n-provider';
import { formSource, problemText, refusalBeyondInputs, toHttpError } from './graphql-error';

const language = (locale: Locale) => polyglotI18nProvider((l) => messages[l as Locale], locale);
const sv = language('sv');
const en = language('en');

const siteNotInScope = {
  message: 'Du beslutar bara för din egen huvudort; för den andra huvudorten beslutar AT/BT-chefen.',
  extensions: {
    code: 'FORBIDDEN',
    problems: [{ code: 'SITE_NOT_IN_SCOPE', message: 'Du beslutar bara för din egen huvudort; för den andra huvudorten beslutar AT/BT-chefen.', rule: 'ORG-1' }],
  },
};

const lateAnswer = {
  message: 'Svarsdagen får vara högst 7 dagar efter i dag (senast 2026-11-29).',
  extensions: {
    code: 'BAD_USER_INPUT',
    problems: [
      { code: 'OFFER_ANSWER_BY_OUT_OF_RANGE', message: 'Svarsdagen får vara högst 7 dagar efter i dag (senast 2026-11-29).', rule: 'REC-7', field: 'input.answerBy', params: { latest: '2026-11-29' } },
    ],
  },
};

const staleVersion = {
  message: 'Någon annan har ändrat BT-läkaren medan du redigerade. Läs in sidan igen; det du skrev finns kvar.',
  extensions: {
    code: 'CONFLICT',
    problems: [{ code: 'STALE_VERSION', message: 'Någon annan har ändrat BT-läkaren medan du redigerade. Läs in sidan igen; det du skrev finns kvar.' }],
  },
};

describe('GraphQL errors as react-admin errors', () => {
  it('says a stale save (CONFLICT) as changed by someone else, reload; status 409, no input marked', () => {
    expect(toHttpError({ graphQLErrors: [staleVersion] }, sv)).toMatchObject({ status: 409, message: 'Ändrad av någon annan – läs in igen', body: { errors: undefined } });
    expect(toHttpError({ graphQLErrors: [staleVersion] }, en)).toMatchObject({ status: 409, message: 'Changed by someone else – reload' });
    // as ra-data-graphql passes the gateway's 409 on: the status alone
    expect(toHttpError(new HttpError('Response not successful: Received status code 409', 409), sv)).toMatchObject({
      status: 409,
      message: 'Ändrad av någon annan – läs in igen',
    });
  });

  it('says a refusal in Swedish with the server’s message, and in English from the catalogue; maps the code to a status', () => {
    expect(toHttpError({ graphQLErrors: [siteNotInScope] }, sv)).toBeInstanceOf(HttpError);
    expect(toHttpError({ graphQLErrors: [siteNotInScope] }, sv)).toMatchObject({ status: 403, message: siteNotInScope.message });
    expect(toHttpError({ graphQLErrors: [siteNotInScope] }, en)).toMatchObject({
      status: 403,
      message: 'You decide only for your own main site; the AT/BT director decides for the other one.',
    });
  });

  it('puts each message at the input its field names, without the operation’s input wrapper', () => {
    expect(formSource('input.startDate')).toBe('startDate');
    expect(formSource('input.merits.doctoralDegree')).toBe('merits.doctoralDegree');
    expect(formSource('answerBy')).toBe('answerBy');
    expect(formSource('input.positions[1].count')).toBe('positions.1.count');
    const error = toHttpError({ graphQLErrors: [lateAnswer] }, sv) as HttpError;
    expect(error.status).toBe(400);
    expect(error.body.errors).toEqual({ answerBy: lateAnswer.message, root: { serverError: lateAnswer.message } });
  });

  it('interpolates params in English, dates the British way, and falls back to a general sentence for a code without a translation, never showing rule, field or code', () => {
    const withTranslation = polyglotI18nProvider(
      () => ({ ...messages.en, bt: { ...messages.en.bt, problems: { OFFER_ANSWER_BY_OUT_OF_RANGE: 'Answer by %{latest} at the latest.' } } }),
      'en',
    );
    expect(toHttpError({ graphQLErrors: [lateAnswer] }, withTranslation)).toMatchObject({ message: 'Answer by 29/11/2026 at the latest.' });
    const lacking = { ...lateAnswer, extensions: { ...lateAnswer.extensions, problems: [{ ...lateAnswer.extensions.problems[0], params: {} }] } };
    expect(toHttpError({ graphQLErrors: [lacking] }, withTranslation)).toMatchObject({ message: messages.en.bt.errors.refused });
    const untranslated = toHttpError({ graphQLErrors: [lateAnswer] }, en) as HttpError;
    expect(untranslated.message).toBe(messages.en.bt.errors.refused);
    expect(untranslated.body.errors.answerBy).toBe(messages.en.bt.errors.refused);
    expect(untranslated.message).not.toMatch(/REC-7|answerBy|OFFER_ANSWER/);
  });

  it('never shows GraphQL’s own error texts', () => {
    const invalid = { message: 'Cannot query field "x" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    expect(toHttpError({ graphQLErrors: [invalid] }, sv)).toMatchObject({ status: 500, message: messages.sv.bt.errors.generic });
    const unauthorised = { message: 'Response not successful: Received status code 403', extensions: { code: 'FORBIDDEN' } };
    expect(toHttpError({ graphQLErrors: [unauthorised] }, en)).toMatchObject({ status: 403, message: messages.en.bt.errors.forbidden });
  });

  it('turns the gateway’s 401 into status 401 (expired sign-in)', () => {
    const error = toHttpError(
      {
        graphQLErrors: [],
        networkError: {
          statusCode: 401,
          result: { errors: [{ message: 'Din inloggning har gått ut. Logga in igen.', extensions: { code: 'UNAUTHENTICATED', problems: [{ code: 'NOT_SIGNED_IN', message: 'Din inloggning har gått ut. Logga in igen.' }] } }] },
        },
      },
      sv,
    );
    expect(error).toMatchObject({ status: 401, message: 'Din inloggning har gått ut. Logga in igen.' });
  });

  it('says the service is not answering when there is no answer, or it is unavailable', () => {
    expect(toHttpError({ graphQLErrors: [], networkError: {} }, sv)).toMatchObject({ message: 'Tjänsten svarar inte just nu. Försök igen om en stund.' });
    expect(toHttpError({ graphQLErrors: [], networkError: { statusCode: 502 } }, en)).toMatchObject({ status: 502, message: messages.en.bt.errors.unavailable });
    const unavailable = { message: 'x', extensions: { code: 'UNAVAILABLE' } };
    expect(toHttpError({ graphQLErrors: [unavailable] }, sv)).toMatchObject({ status: 503, message: 'Tjänsten svarar inte just nu. Försök igen om en stund.' });
  });

  it('reads Apollo’s error inside the HttpError ra-data-graphql wraps it in (CRUD through react-admin)', () => {
    const wrapped = new HttpError(lateAnswer.message, 200, { graphQLErrors: [lateAnswer], networkError: null });
    expect((toHttpError(wrapped, sv) as HttpError).body.errors.answerBy).toBe(lateAnswer.message);
    expect(toHttpError(new HttpError('Response not successful: Received status code 401', 401), sv)).toMatchObject({ status: 401, message: messages.sv.bt.errors.unauthenticated });
    expect(toHttpError(new HttpError('Failed to fetch', undefined as unknown as number), en)).toMatchObject({ message: messages.en.bt.errors.unavailable });
  });

  it('leaves other errors alone', () => {
    const error = new Error('x');
    expect(toHttpError(error, sv)).toBe(error);
    const missing = new HttpError('ra.notification.item_doesnt_exist', 200, new Error('ra.notification.item_doesnt_exist'));
    expect(toHttpError(missing, sv)).toBe(missing);
  });
});

describe('what a refusal says beyond the inputs that show it', () => {
  const overlap = { code: 'PLAN_OVERLAP', message: 'Placeringen överlappar Kirurgi.', field: 'input.endDate', params: {} };
  const noReason = { code: 'PLAN_REASON_REQUIRED', message: 'Ange skäl för avvikelsen.', field: 'reason', params: {} };
  const whole = { code: 'PLAN_NOT_FOUND', message: 'Planen finns inte.' };
  const refusal = (...problems: object[]) => toHttpError({ graphQLErrors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT', problems } }] }, sv) as HttpError;
  const text = (problem: Parameters<typeof problemText>[0]) => problemText(problem, sv);
  const shown = (...sources: string[]) => (source: string) => sources.includes(source);

  it('is nothing when every problem is at an input shown (the field only, no dialog message or toast)', () => {
    expect(refusalBeyondInputs(refusal(overlap), shown('startDate', 'endDate'), text)).toBeUndefined();
  });
  it('is the problems no input shows, each once', () => {
    expect(refusalBeyondInputs(refusal(overlap, whole, whole), shown('endDate'), text)).toBe('Planen finns inte.');
    expect(refusalBeyondInputs(refusal(overlap, noReason), shown('endDate'), text)).toBe('Ange skäl för avvikelsen.');
  });
  it('is the whole message when no input shows any, when nothing names an input, or for a stale save', () => {
    expect(refusalBeyondInputs(refusal(overlap, noReason), shown(), text)).toBe('Placeringen överlappar Kirurgi. Ange skäl för avvikelsen.');
    expect(refusalBeyondInputs(refusal(whole), shown('endDate'), text)).toBe('Planen finns inte.');
    const stale = toHttpError({ graphQLErrors: [staleVersion] }, sv) as HttpError;
    expect(refusalBeyondInputs(stale, shown('endDate'), text)).toBe('Ändrad av någon annan – läs in igen');
  });
});
