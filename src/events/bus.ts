// The event bus behind live updates: mutations publish what they changed, subscriptions
// receive it. One instance needs nothing else (in-process fan-out); with REDIS_URL set,
// every change goes through a Redis pub/sub channel, so the instances sharing that Redis
// all hear every change, their own included, exactly once each.
import { createClient } from "redis";
import type { Logger } from "../log.js";
import { type GraphChange, parseChange } from "./change.js";

export interface EventBus {
  /**
   * Announces a change to every subscriber (of every instance, with Redis). Never throws: a
   * live update lost is logged, not an error of the write that caused it; it resolves to
   * false then, so the writer can say so another way (src/ingest/publish.ts).
   */
  publish(change: GraphChange): Promise<boolean>;
  /**
   * Calls `listener` with every change this instance hears of: its own as soon as it
   * publishes them (and again when Redis brings them back), others' as they arrive. Not a
   * subscriber (subscriberCount leaves it out). Returns the function that stops it.
   */
  onChange(listener: (change: GraphChange) => void): () => void;
  /** Whether changes flow now (with Redis: both connections are up); false means some may be missed. */
  readonly connected: boolean;
  /** How many times the connection that receives changes was (re)established: a change means some may have been missed in between. */
  readonly connections: number;
  /** Whether other instances hear what this bus publishes (Redis), or only this process. */
  readonly shared: boolean;
  /** The changes published from now on, until the iterator is returned (the subscription ends). */
  subscribe(): AsyncIterableIterator<GraphChange>;
  /** How many subscriptions are open on this instance. */
  readonly subscriberCount: number;
  /** Resolves once changes flow (with Redis: once subscribed to the channel). */
  ready(): Promise<void>;
  /** Ends every subscription and lets go of Redis. */
  close(): Promise<void>;
}

/** The Redis channel changes travel on. */
export const CHANGES_CHANNEL = "dealgraph:graph-changes";

/** Changes a subscriber may fall behind by before its subscription is ended (a client that stopped reading). */
const MAX_QUEUED = 1_000;

/** An async iterator fed by push(); returning it (or end()) detaches it. */
class Subscriber implements AsyncIterableIterator<GraphChange> {
  private queue: GraphChange[] = [];
  private waiting?: { resolve: (r: IteratorResult<GraphChange>) => void; reject: (e: Error) => void };
  private done = false;
  private failure?: Error;

  constructor(private readonly detach: (s: Subscriber) => void) {}

  push(change: GraphChange): void {
    if (this.done) return;
    if (this.waiting) {
      const { resolve } = this.waiting;
      this.waiting = undefined;
      resolve({ value: change, done: false });
    } else if (this.queue.length >= MAX_QUEUED) {
      this.end(new Error(`The subscription fell more than ${MAX_QUEUED} changes behind and was ended; subscribe again.`));
    } else {
      this.queue.push(change);
    }
  }

  /** Ends the iteration: a pending next() resolves as done, or rejects with `error`. */
  end(error?: Error): void {
    if (this.done) return;
    this.done = true;
    this.failure = error;
    this.queue = [];
    this.detach(this);
    if (this.waiting) {
      const { resolve, reject } = this.waiting;
      this.waiting = undefined;
      if (error) reject(error);
      else resolve({ value: undefined, done: true });
    }
  }

  next(): Promise<IteratorResult<GraphChange>> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve({ value: queued, done: false });
    if (this.failure) {
      const failure = this.failure;
      this.failure = undefined;
      return Promise.reject(failure);
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  return(): Promise<IteratorResult<GraphChange>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

/** In-process fan-out: what every bus delivers through. */
class Fanout {
  readonly subscribers = new Set<Subscriber>();
  readonly listeners = new Set<(change: GraphChange) => void>();

  deliver(change: GraphChange): void {
    this.tell(change);
    for (const s of this.subscribers) s.push(change);
  }

  tell(change: GraphChange): void {
    for (const listen of this.listeners) listen(change);
  }

  listen(listener: (change: GraphChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  subscribe(): Subscriber {
    const s = new Subscriber((gone) => this.subscribers.delete(gone));
    this.subscribers.add(s);
    return s;
  }

  endAll(): void {
    for (const s of [...this.subscribers]) s.end();
  }
}

/** A bus for one instance: publish delivers straight to this process's subscribers. */
export function createLocalBus(): EventBus {
  const fanout = new Fanout();
  return {
    async publish(change) {
      fanout.deliver(change);
      return true;
    },
    onChange: (listener) => fanout.listen(listener),
    connected: true,
    connections: 1,
    shared: false,
    subscribe: () => fanout.subscribe(),
    get subscriberCount() {
      return fanout.subscribers.size;
    },
    ready: () => Promise.resolve(),
    async close() {
      fanout.endAll();
    },
  };
}

/**
 * A bus shared through Redis pub/sub at `url`. Two connections: one publishes, one
 * subscribes (a subscribed Redis connection can do nothing else). Both reconnect by
 * themselves; while Redis is away, publish logs the lost change instead of queueing it
 * (a live update that arrives minutes late would be wrong, not late).
 */
export function createRedisBus(url: string, log: Logger): EventBus {
  const fanout = new Fanout();
  const publisher = createClient({ url, disableOfflineQueue: true });
  const subscriber = publisher.duplicate();
  let lastError = "";
  let connections = 0;
  subscriber.on("ready", () => connections++);
  for (const [client, role] of [[publisher, "publisher"], [subscriber, "subscriber"]] as const) {
    // Without a listener, a connection error would crash the process.
    client.on("error", (err: Error) => {
      if (err.message !== lastError) log.warn({ err: err.message, role }, "Redis connection for live updates failed; reconnecting");
      lastError = err.message;
    });
    client.on("ready", () => {
      if (lastError) log.info({ role }, "Redis connection for live updates is back");
      lastError = "";
    });
  }
  const onMessage = (message: string) => {
    let change: GraphChange | undefined;
    try {
      change = parseChange(JSON.parse(message));
    } catch {
      change = undefined;
    }
    if (change) fanout.deliver(change);
    else log.warn({ channel: CHANGES_CHANNEL }, "ignored a message on the live-update channel that is not a change");
  };
  const started = (async () => {
    await Promise.all([publisher.connect(), subscriber.connect()]);
    await subscriber.subscribe(CHANGES_CHANNEL, onMessage);
  })();
  // Failures are logged by the "error" listeners; ready() reports them to whoever waits.
  started.catch(() => undefined);

  return {
    async publish(change) {
      // This instance's own listeners (its response cache) hear of it now, not a round trip later.
      fanout.tell(change);
      try {
        await publisher.publish(CHANGES_CHANNEL, JSON.stringify(change));
        return true;
      } catch (err) {
        log.warn({ err: (err as Error).message, articleId: change.articleId }, "live update not published: Redis is unreachable");
        return false;
      }
    },
    onChange: (listener) => fanout.listen(listener),
    get connected() {
      return publisher.isReady && subscriber.isReady;
    },
    get connections() {
      return connections;
    },
    shared: true,
    subscribe: () => fanout.subscribe(),
    get subscriberCount() {
      return fanout.subscribers.size;
    },
    ready: () => started,
    async close() {
      fanout.endAll();
      // A connection still trying to reach Redis is dropped, not waited for.
      await Promise.all(
        [publisher, subscriber].map(async (c) => {
          try {
            if (c.isReady) await c.close();
            else if (c.isOpen) c.destroy();
          } catch {
            c.destroy();
          }
        }),
      );
    },
  };
}

/** The bus a server uses: Redis when REDIS_URL is set, else in-process. */
export function createEventBus(config: { REDIS_URL?: string }, log: Logger): EventBus {
  return config.REDIS_URL ? createRedisBus(config.REDIS_URL, log) : createLocalBus();
}
