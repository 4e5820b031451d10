import { createLRU } from 'lru.min';

/**
 * Answers that cost a scan of a growing table (counts over all trainees), kept in this process until
 * the data behind them changes: each entry is stored with the data version it was computed after, and
 * a request that reads another version computes it again. A value computed after the version was read
 * is never older than that version, so an answer is never staler than the version the request read.
 * Identical requests computing at the same time share one computation; a failed one is not kept.
 */
export class VersionedCache<V> {
  private readonly entries: ReturnType<typeof createLRU<string, { version: string; value: Promise<V> }>>;

  constructor(max: number) {
    this.entries = createLRU({ max });
  }

  get(key: string, version: string, compute: () => Promise<V>): Promise<V> {
    const entry = this.entries.get(key);
    if (entry && entry.version === version) return entry.value;
    const value = compute();
    this.entries.set(key, { version, value });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }
}
