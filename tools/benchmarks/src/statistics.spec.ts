import { median, percentile, ratio, rotate, spread } from './statistics';

describe('benchmark statistics', () => {
  const latencies = Array.from({ length: 100 }, (_, i) => i + 1);

  it('percentiles by nearest rank: p50 of 1..100 is 50, p95 95, p99 99, p100 the largest', () => {
    expect([50, 95, 99, 100].map((p) => percentile(latencies, p))).toEqual([50, 95, 99, 100]);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('median of an odd and an even count, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('spread over rounds: min, median and max', () => {
    expect(spread([30, 10, 20, 50])).toEqual({ min: 10, median: 25, max: 50 });
  });

  it('ratio to the floor, NaN without a floor', () => {
    expect(ratio(33.8, 1.8)).toBeCloseTo(18.78, 2);
    expect(ratio(5, 0)).toBeNaN();
  });

  it('rotates the order of the ways from round to round', () => {
    expect(rotate(['a', 'b', 'c'], 0)).toEqual(['a', 'b', 'c']);
    expect(rotate(['a', 'b', 'c'], 1)).toEqual(['b', 'c', 'a']);
    expect(rotate(['a', 'b', 'c'], 4)).toEqual(['b', 'c', 'a']);
  });
});
