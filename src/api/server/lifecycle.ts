// The server's lifecycle as explicit states, read by /ready and /health and moved through
// by start() and stop():
//
//   starting ──▶ ready ──▶ draining ──▶ stopped
//        └───────────────────▲
//
// starting: Apollo and /graphql are being set up; not ready.
// ready:    serving; /ready asks the database too.
// draining: stop() was called: new requests are refused (503 with Retry-After) while those
//           in flight finish; /ready says 503 so a load balancer sends no more.
// stopped:  Apollo stopped, the HTTP server closed.
//
// Any other move is a bug in the caller (say, start() after stop()), and throws.

export type LifecycleState = "starting" | "ready" | "draining" | "stopped";

const NEXT: Readonly<Record<LifecycleState, readonly LifecycleState[]>> = {
  starting: ["ready", "draining"],
  ready: ["draining"],
  draining: ["stopped"],
  stopped: [],
};

/** A move the lifecycle does not allow, e.g. from "stopped" back to "ready". */
export class LifecycleError extends Error {
  override name = "LifecycleError";
  constructor(
    readonly from: LifecycleState,
    readonly to: LifecycleState,
  ) {
    super(`The server cannot go from ${from} to ${to} (allowed from ${from}: ${NEXT[from].join(", ") || "nothing"}).`);
  }
}

/**
 * One server's state, and the number of HTTP requests it is answering (which draining
 * waits for).
 *
 * @example
 *   const lifecycle = new Lifecycle();
 *   lifecycle.moveTo("ready");
 *   lifecycle.moveTo("draining");
 *   await lifecycle.settled(10_000); // in-flight requests done
 *   lifecycle.moveTo("stopped");
 */
export class Lifecycle {
  #state: LifecycleState = "starting";
  #inFlight = 0;
  #waiters: Array<() => void> = [];

  get state(): LifecycleState {
    return this.#state;
  }

  /** Whether new requests are served: false once draining starts. */
  get accepting(): boolean {
    return this.#state === "starting" || this.#state === "ready";
  }

  get inFlight(): number {
    return this.#inFlight;
  }

  /** Moves to `next`, or throws LifecycleError when the move is not allowed. */
  moveTo(next: LifecycleState): void {
    if (!NEXT[this.#state].includes(next)) throw new LifecycleError(this.#state, next);
    this.#state = next;
  }

  /** Counts a request in until `done` is called (once; later calls do nothing). */
  requestStarted(): () => void {
    this.#inFlight++;
    let counted = true;
    return () => {
      if (!counted) return;
      counted = false;
      this.#inFlight--;
      if (this.#inFlight === 0) for (const wake of this.#waiters.splice(0)) wake();
    };
  }

  /** Resolves once no request is in flight, or after `withinMs` (true: all finished in time). */
  settled(withinMs: number): Promise<boolean> {
    if (this.#inFlight === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), withinMs);
      this.#waiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
