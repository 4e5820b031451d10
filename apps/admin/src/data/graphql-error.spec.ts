/** @jest-environment node */
import { HttpError } from 'ra-core';
import { toHttpError } from './graphql-error';

describe('GraphQL errors as react-admin errors', () => {
  it('keeps the server’s message and maps its code to a status', () => {
    const forbidden = toHttpError({ graphQLErrors: [{ message: 'Din roll ger inte behörighet till detta.', extensions: { code: 'FORBIDDEN' } }] });
    expect(forbidden).toBeInstanceOf(HttpError);
    expect(forbidden).toMatchObject({ status: 403, message: 'Din roll ger inte behörighet till detta.' });
    const invalid = toHttpError({ graphQLErrors: [{ message: 'Personnumrets kontrollsiffra stämmer inte.', extensions: { code: 'BAD_USER_INPUT' } }] });
    expect(invalid).toMatchObject({ status: 400 });
  });

  it('turns the gateway’s 401 into status 401 with its message (expired sign-in)', () => {
    const error = toHttpError({
      graphQLErrors: [],
      networkError: { statusCode: 401, result: { errors: [{ message: 'Din inloggning har gått ut. Logga in igen.', extensions: { code: 'UNAUTHENTICATED' } }] } },
    });
    expect(error).toMatchObject({ status: 401, message: 'Din inloggning har gått ut. Logga in igen.' });
  });

  it('says the server could not be reached when there is no answer', () => {
    expect(toHttpError({ graphQLErrors: [], networkError: {} })).toMatchObject({ message: 'bt.errors.network' });
  });

  it('leaves other errors alone', () => {
    const error = new Error('x');
    expect(toHttpError(error)).toBe(error);
  });
});
