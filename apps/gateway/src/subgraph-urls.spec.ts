import { subgraphUrlsFromEnv } from './subgraph-urls';

describe('the subgraphs the gateway calls', () => {
  it('are on this machine at the default ports unless told otherwise', () => {
    expect(subgraphUrlsFromEnv({})).toEqual({
      employment: 'http://127.0.0.1:4001/graphql',
      education: 'http://127.0.0.1:4002/graphql',
      certification: 'http://127.0.0.1:4003/graphql',
    });
  });

  it('follow a subgraph moved to another port or host', () => {
    expect(subgraphUrlsFromEnv({ EDUCATION_PORT: '5002', CERTIFICATION_URL: 'https://cert.internal/graphql' })).toEqual({
      employment: 'http://127.0.0.1:4001/graphql',
      education: 'http://127.0.0.1:5002/graphql',
      certification: 'https://cert.internal/graphql',
    });
  });

  it('refuse a port that is not one', () => {
    expect(() => subgraphUrlsFromEnv({ EMPLOYMENT_PORT: 'x' })).toThrow(/EMPLOYMENT_PORT/);
  });
});
