// The server's lifecycle (src/api/server/lifecycle.ts): starting -> ready -> draining ->
// stopped, a stop during start skipping ready, nothing else; and the count of requests
// in flight that draining waits for.
import { describe, expect, it } from "vitest";
import { Lifecycle, LifecycleError, type LifecycleState } from "../../src/api/server/lifecycle.js";

/** A lifecycle moved through `path` from "starting". */
function after(...path: LifecycleState[]): Lifecycle {
  const lifecycle = new Lifecycle();
  for (const state of path) lifecycle.moveTo(state);
  return lifecycle;
}

describe("the server lifecycle", () => {
  it("goes starting -> ready -> draining -> stopped, accepting requests until it drains", () => {
    const lifecycle = new Lifecycle();
    const seen: Array<[LifecycleState, boolean]> = [[lifecycle.state, lifecycle.accepting]];
    for (const state of ["ready", "draining", "stopped"] as const) {
      lifecycle.moveTo(state);
      seen.push([lifecycle.state, lifecycle.accepting]);
    }
    expect(seen).toEqual([
      ["starting", true],
      ["ready", true],
      ["draining", false],
      ["stopped", false],
    ]);
  });

  it("may drain before it was ever ready (stop() during start())", () => {
    expect(after("draining", "stopped").state).toBe("stopped");
  });

  it("rejects every other move, and stays where it was", () => {
    const allowed = new Set(["starting>ready", "starting>draining", "ready>draining", "draining>stopped"]);
    const paths: Record<LifecycleState, LifecycleState[]> = { starting: [], ready: ["ready"], draining: ["ready", "draining"], stopped: ["ready", "draining", "stopped"] };
    const states = Object.keys(paths) as LifecycleState[];
    let rejected = 0;
    for (const from of states) {
      for (const to of states) {
        if (allowed.has(`${from}>${to}`)) continue;
        const lifecycle = after(...paths[from]);
        expect(() => lifecycle.moveTo(to), `${from} -> ${to}`).toThrow(LifecycleError);
        expect(lifecycle.state).toBe(from);
        rejected++;
      }
    }
    expect(rejected).toBe(12);
    expect(() => after("ready", "draining", "stopped").moveTo("ready")).toThrow("The server cannot go from stopped to ready (allowed from stopped: nothing).");
  });

  it("waits for the requests in flight, or gives up after the time given", async () => {
    const lifecycle = after("ready");
    expect(await lifecycle.settled(1)).toBe(true);
    const first = lifecycle.requestStarted();
    const second = lifecycle.requestStarted();
    expect(lifecycle.inFlight).toBe(2);
    lifecycle.moveTo("draining");
    const settled = lifecycle.settled(5_000);
    first();
    first(); // a second call changes nothing
    expect(lifecycle.inFlight).toBe(1);
    setTimeout(second, 20);
    expect(await settled).toBe(true);
    expect(lifecycle.inFlight).toBe(0);
    lifecycle.requestStarted();
    expect(await lifecycle.settled(20)).toBe(false);
  });
});
