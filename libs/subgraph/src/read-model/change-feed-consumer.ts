import type { DataSource, EntityManager } from 'typeorm';
import { ReadModelCursor } from './read-model-cursor.entity';

/** What every change feed's events have: an increasing position and when the change was committed at its source. */
export interface FeedEvent {
  position: number;
  createdAt: string;
}

export interface ChangeFeedConsumerOptions<E extends FeedEvent> {
  /** The feed's name, the key of this consumer's cursor row. */
  feed: string;
  /** The subgraph's own database: the read model's tables and the cursor. */
  dataSource: DataSource;
  /** The events after `position`, at most `first`, oldest first (through the gateway, as the service identity). */
  read(after: number, first: number): Promise<E[]>;
  /** Applies events newer than the cursor, oldest first, in the transaction that then moves the cursor. */
  apply(manager: EntityManager, events: E[]): Promise<void>;
  /** Empties the read model's tables, for a replay from position 0. */
  reset(manager: EntityManager): Promise<void>;
  /** Milliseconds between polls; 0 polls never (then only catchUp() applies events). */
  pollMs: number;
  pageSize?: number;
  log?: (message: string) => void;
  now?: () => Date;
}

/** How current a read model is (README, "Läsmodeller mellan delgrafer"). */
export interface ReadModelStatus {
  feed: string;
  position: number;
  /** When the newest applied event was committed at its source, and when it was applied here. */
  newestEventAt: Date | null;
  appliedAt: Date | null;
  /** appliedAt − newestEventAt in milliseconds: how long the newest change took to arrive. */
  lagMs: number | null;
  /** Since when the feed cannot be read (null while it can). */
  unreachableSince: Date | null;
}

/**
 * Events per page: within the gateway's cost limit at its default (a list is priced by its page size:
 * 500 events cost more than 5 000) and some 0.3 MB of JSON, far under its limit on an answer (5 MiB).
 */
const DEFAULT_PAGE_SIZE = 200;
/** Reads of a page tried before the feed counts as unreachable (a connection closed by the other side while reused, …), and the pause between them. */
const READ_ATTEMPTS = 3;
const RETRY_PAUSE_MS = 200;

/** The poll interval from BT_READ_MODEL_POLL_MS (default 1 000 ms; 0 turns polling off). */
export function readModelPollMsFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.BT_READ_MODEL_POLL_MS;
  if (value === undefined || value === '') return 1000;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 0) throw new Error(`BT_READ_MODEL_POLL_MS måste vara ett heltal ≥ 0 (millisekunder), inte "${value}".`);
  return ms;
}

/**
 * Keeps a read model current from a change feed: pulls pages of events after its cursor, applies each
 * page and moves the cursor in one transaction (the cursor row is locked first, so replicas of the
 * subgraph never apply an older page over a newer one), polls every `pollMs`, and catches up at once
 * when asked. While the feed cannot be read the model keeps serving what it has; the outage is logged
 * once, and again when the feed is back.
 */
export class ChangeFeedConsumer<E extends FeedEvent> {
  private timer?: NodeJS.Timeout;
  private running?: Promise<ReadModelStatus>;
  private unreachableSince: Date | null = null;
  private stopped = false;
  private readonly pageSize: number;
  private readonly log: (message: string) => void;
  private readonly now: () => Date;

  constructor(private readonly options: ChangeFeedConsumerOptions<E>) {
    this.pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
    this.log = options.log ?? ((message) => console.log(message));
    this.now = options.now ?? (() => new Date());
  }

  /** Polls every pollMs (if not 0), from the first tick on. */
  start(): void {
    this.stopped = false;
    if (this.options.pollMs > 0 && !this.timer) this.schedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  /** Applies every event the feed has now; throws when the feed cannot be read, or once stopped (shutting down). One catch-up at a time. */
  catchUp(): Promise<ReadModelStatus> {
    if (this.stopped) return Promise.reject(new Error(`[read model ${this.options.feed}] stoppad`));
    this.running ??= this.pull().finally(() => (this.running = undefined));
    return this.running;
  }

  /**
   * Rebuilds the read model from the feed's first event: empties it and sets the cursor to 0 in one
   * transaction, then catches up. Until it has, the model answers with what it has applied so far.
   */
  async replay(): Promise<ReadModelStatus> {
    await this.running?.catch(() => undefined);
    await this.options.dataSource.transaction(async (manager) => {
      await this.options.reset(manager);
      await manager.delete(ReadModelCursor, { feed: this.options.feed });
    });
    return this.catchUp();
  }

  /** The cursor as stored, with the lag of the newest applied event. */
  async status(): Promise<ReadModelStatus> {
    const cursor = await this.options.dataSource.getRepository(ReadModelCursor).findOneBy({ feed: this.options.feed });
    const newestEventAt = cursor?.newestEventAt ?? null;
    const appliedAt = cursor?.appliedAt ?? null;
    return {
      feed: this.options.feed,
      position: cursor?.position ?? 0,
      newestEventAt,
      appliedAt,
      lagMs: newestEventAt && appliedAt ? appliedAt.getTime() - newestEventAt.getTime() : null,
      unreachableSince: this.unreachableSince,
    };
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.catchUp()
        .catch(() => undefined)
        .finally(() => {
          if (!this.stopped) this.schedule();
        });
    }, this.options.pollMs);
    this.timer.unref();
  }

  /** Pages of events after the stored cursor (read once per catch-up: another replica may have moved it) until the feed has no more. */
  private async pull(): Promise<ReadModelStatus> {
    let position = (await this.options.dataSource.getRepository(ReadModelCursor).findOneBy({ feed: this.options.feed }))?.position ?? 0;
    for (;;) {
      let events: E[];
      try {
        events = await this.read(position);
      } catch (error) {
        if (!this.unreachableSince) {
          this.unreachableSince = this.now();
          this.log(`[read model ${this.options.feed}] flödet går inte att läsa (${(error as Error).message}); svarar från läsmodellen och försöker igen`);
        }
        throw error;
      }
      if (this.unreachableSince) {
        this.log(`[read model ${this.options.feed}] flödet går att läsa igen (nere sedan ${this.unreachableSince.toISOString()})`);
        this.unreachableSince = null;
      }
      if (events.length === 0) break;
      position = await this.applyPage(events);
      if (events.length < this.pageSize) break;
    }
    return this.status();
  }

  private async read(position: number): Promise<E[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.options.read(position, this.pageSize);
      } catch (error) {
        if (attempt >= READ_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
      }
    }
  }

  /** One page in one transaction: lock the cursor, apply what is newer than it, move it. Returns the new position. */
  private async applyPage(events: E[]): Promise<number> {
    const { feed, dataSource } = this.options;
    return dataSource.transaction(async (manager) => {
      await manager.createQueryBuilder().insert().into(ReadModelCursor).values({ feed, position: 0 }).orIgnore().updateEntity(false).execute();
      // a write that changes nothing holds the row lock (MariaDB) or the write lock (SQLite) until the transaction ends
      await manager
        .createQueryBuilder()
        .update(ReadModelCursor)
        .set({ position: () => 'position' })
        .where({ feed })
        .execute();
      const cursor = await manager.getRepository(ReadModelCursor).findOneByOrFail({ feed });
      const newer = events.filter((event) => event.position > cursor.position);
      if (newer.length === 0) return cursor.position;
      await this.options.apply(manager, newer);
      const newest = newer[newer.length - 1];
      const appliedAt = this.now();
      const newestEventAt = new Date(newest.createdAt);
      await manager.update(ReadModelCursor, { feed }, { position: newest.position, newestEventAt, appliedAt });
      this.log(
        `[read model ${feed}] ${newer.length} ändringar till position ${newest.position}; fördröjning ${appliedAt.getTime() - newestEventAt.getTime()} ms`,
      );
      return newest.position;
    });
  }
}
