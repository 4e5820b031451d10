import { DEFAULT_GATEWAY_LIMITS, gatewayLimits } from './gateway-limits';

describe('the limits on one request', () => {
  it('are the defaults when nothing overrides them', () => {
    expect(gatewayLimits({}, {})).toEqual(DEFAULT_GATEWAY_LIMITS);
    expect(DEFAULT_GATEWAY_LIMITS).toMatchObject({ maxDepth: 12, maxBodyBytes: 1024 * 1024, rateLimitPerMinute: 1200 });
  });

  it('follow the environment, and options given in code over the environment', () => {
    const env = { BT_MAX_DEPTH: '8', BT_RATE_LIMIT_PER_MINUTE: '60', BT_MAX_ALIASES: '' };
    expect(gatewayLimits({}, env)).toEqual({ ...DEFAULT_GATEWAY_LIMITS, maxDepth: 8, rateLimitPerMinute: 60 });
    expect(gatewayLimits({ maxDepth: 5 }, env)).toMatchObject({ maxDepth: 5, rateLimitPerMinute: 60 });
  });

  it('refuse a value that is not a positive whole number, naming the variable', () => {
    expect(() => gatewayLimits({}, { BT_MAX_COST: 'många' })).toThrow('BT_MAX_COST ska vara ett positivt heltal, inte "många"');
    expect(() => gatewayLimits({}, { BT_MAX_BODY_BYTES: '0' })).toThrow('BT_MAX_BODY_BYTES');
  });
});
