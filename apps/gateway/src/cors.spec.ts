import { corsFor, corsOriginsFromEnv, DEV_DASHBOARD_ORIGIN } from './cors';

describe('the CORS allowlist', () => {
  it('is empty in production and the dashboard in development unless BT_CORS_ORIGINS says otherwise', () => {
    expect(corsOriginsFromEnv({}, false)).toEqual([]);
    expect(corsOriginsFromEnv({}, true)).toEqual([DEV_DASHBOARD_ORIGIN]);
    expect(corsOriginsFromEnv({ BT_CORS_ORIGINS: 'https://a.example, https://b.example,' }, false)).toEqual(['https://a.example', 'https://b.example']);
  });

  it('never allows any origin, not even when told "*"', () => {
    expect(corsOriginsFromEnv({ BT_CORS_ORIGINS: '*' }, false)).toEqual([]);
    const cors = corsFor(['https://a.example']);
    expect(cors(new Request('http://gw/graphql', { headers: { origin: 'https://evil.example' } }))).toBe(false);
    expect(cors(new Request('http://gw/graphql'))).toBe(false);
    expect(cors(new Request('http://gw/graphql', { headers: { origin: 'https://a.example' } }))).toMatchObject({ origin: ['https://a.example'] });
  });
});
