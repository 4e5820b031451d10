import { plannerFromEnv } from './gateway-planner';

describe('the query planner chosen by BT_GATEWAY_PLANNER', () => {
  it('is the Rust planner unless the JavaScript one is asked for', () => {
    expect(plannerFromEnv({})).toBe('rust');
    expect(plannerFromEnv({ BT_GATEWAY_PLANNER: '' })).toBe('rust');
    expect(plannerFromEnv({ BT_GATEWAY_PLANNER: 'rust' })).toBe('rust');
    expect(plannerFromEnv({ BT_GATEWAY_PLANNER: 'javascript' })).toBe('javascript');
  });

  it('refuses an unknown planner with a message naming the variable', () => {
    expect(() => plannerFromEnv({ BT_GATEWAY_PLANNER: 'js' })).toThrow('BT_GATEWAY_PLANNER ska vara "rust" eller "javascript", inte "js".');
  });
});
