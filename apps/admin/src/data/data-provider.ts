import { ApolloClient, HttpLink, InMemoryCache, from } from '@apollo/client';
import { setContext } from '@apollo/client/link/context';
import buildGraphQLProvider from 'ra-data-graphql';
import type { DataProvider } from 'ra-core';
import { buildQuery } from './build-query';
import { toHttpError } from './graphql-error';

export interface DataProviderOptions {
  graphqlUrl: string;
  /** The signed-in user's token, read for every request. */
  token: () => string | undefined;
}

/** react-admin's data provider over the gateway: ra-data-graphql with the project's own buildQuery. */
export function createDataProvider(options: DataProviderOptions): DataProvider {
  const authorization = setContext((_, { headers }) => {
    const token = options.token();
    return { headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
  });
  const client = new ApolloClient({
    link: from([authorization, new HttpLink({ uri: options.graphqlUrl })]),
    cache: new InMemoryCache(),
  });
  const provider = buildGraphQLProvider({
    client,
    introspection: false,
    buildQuery: () => buildQuery,
    query: () => ({ fetchPolicy: 'no-cache' }),
    mutation: () => ({ fetchPolicy: 'no-cache' }),
  });
  return new Proxy(provider, {
    get(target, method: string) {
      const value = Reflect.get(target, method);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) =>
        Promise.resolve(value.apply(target, args)).catch((error: unknown) => {
          throw toHttpError(error);
        });
    },
  });
}
