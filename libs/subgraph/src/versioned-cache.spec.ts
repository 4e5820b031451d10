import { VersionedCache } from './versioned-cache';

describe('VersionedCache', () => {
  it('computes once per key and version, again when the version changes', async () => {
    const cache = new VersionedCache<number>(10);
    let computed = 0;
    const compute = async () => ++computed;
    expect(await cache.get('a', 'v1', compute)).toBe(1);
    expect(await cache.get('a', 'v1', compute)).toBe(1);
    expect(await cache.get('b', 'v1', compute)).toBe(2);
    expect(await cache.get('a', 'v2', compute)).toBe(3);
    expect(await cache.get('a', 'v2', compute)).toBe(3);
  });

  it('shares one computation between requests at the same time', async () => {
    const cache = new VersionedCache<number>(10);
    let computed = 0;
    const compute = () => new Promise<number>((resolve) => setTimeout(() => resolve(++computed), 5));
    expect(await Promise.all([cache.get('a', 'v1', compute), cache.get('a', 'v1', compute)])).toEqual([1, 1]);
    expect(computed).toBe(1);
  });

  it('keeps no failed computation', async () => {
    const cache = new VersionedCache<number>(10);
    await expect(cache.get('a', 'v1', () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
    expect(await cache.get('a', 'v1', async () => 7)).toBe(7);
  });

  it('forgets the least recently used key beyond its size', async () => {
    const cache = new VersionedCache<string>(2);
    await cache.get('a', 'v1', async () => 'a1');
    await cache.get('b', 'v1', async () => 'b1');
    await cache.get('c', 'v1', async () => 'c1');
    expect(await cache.get('a', 'v1', async () => 'a2')).toBe('a2');
  });
});
