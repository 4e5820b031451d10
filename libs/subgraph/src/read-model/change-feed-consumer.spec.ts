import { readModelPollMsFromEnv } from './change-feed-consumer';

describe('the read models’ poll interval (BT_READ_MODEL_POLL_MS)', () => {
  it('is a second unless set, and 0 turns polling off', () => {
    expect(readModelPollMsFromEnv({})).toBe(1000);
    expect(readModelPollMsFromEnv({ BT_READ_MODEL_POLL_MS: '250' })).toBe(250);
    expect(readModelPollMsFromEnv({ BT_READ_MODEL_POLL_MS: '0' })).toBe(0);
  });

  it('stops the start on anything but a whole number of milliseconds', () => {
    for (const value of ['-1', '1.5', 'often']) expect(() => readModelPollMsFromEnv({ BT_READ_MODEL_POLL_MS: value })).toThrow(/BT_READ_MODEL_POLL_MS/);
  });
});
