// The response cache's bookkeeping (src/api/server/response-cache.ts): what a change
// drops, what it keeps, the epoch that keeps an answer computed across a change out, and
// the size bound. The plugin against a real server: tests/integration/response-cache.test.ts.
import { describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { ResponseCache, watchGraph } from "../../src/api/server/response-cache.js";
import { createLocalBus } from "../../src/events/bus.js";
import { createLogger } from "../../src/log.js";

const answer = (n: number) => ({ data: { n } });

describe("the response cache", () => {
  it("drops lookups only when a change names an id they hold, and everything else on any change", () => {
    const cache = new ResponseCache(1_000_000);
    cache.set("meta", answer(1), ["meta", "deal-1"], cache.epoch);
    cache.set("openai", answer(2), ["openai"], cache.epoch);
    cache.set("deal list", answer(3), null, cache.epoch);
    cache.invalidate(["deal-1", "some-article"]);
    expect(cache.get("meta")).toBeUndefined();
    expect(cache.get("deal list")).toBeUndefined();
    expect(cache.get("openai")).toEqual(answer(2));
    expect(cache.snapshot()).toMatchObject({ entries: 1, dropped: 2, hits: 1, misses: 2 });
  });

  it("does not keep an answer whose computation began before a change", () => {
    const cache = new ResponseCache(1_000_000);
    const began = cache.epoch;
    cache.invalidate(["anything"]);
    expect(cache.set("late", answer(1), null, began)).toBe(false);
    expect(cache.get("late")).toBeUndefined();
    const again = cache.epoch;
    cache.flush();
    expect(cache.set("late", answer(1), ["x"], again)).toBe(false);
    expect(cache.set("fresh", answer(1), ["x"], cache.epoch)).toBe(true);
  });

  it("keeps to its size, dropping the least recently used first", () => {
    // An entry costs its JSON, about 300 bytes besides, and its key.
    const one = JSON.stringify(answer(1)).length + 300 + 3;
    const cache = new ResponseCache(one * 3 * 16);
    for (let i = 0; i < 60; i++) cache.set(`k${i}`, answer(i % 10), null, cache.epoch);
    expect(cache.snapshot().bytes).toBeLessThanOrEqual(one * 3 * 16);
    expect(cache.snapshot().entries).toBeLessThan(60);
    expect(cache.get("k0")).toBeUndefined();
    expect(cache.get("k59")).toEqual(answer(9));
    // An answer bigger than a sixteenth of the cache is never kept.
    expect(cache.set("big", { data: { text: "x".repeat(one * 4) } }, null, cache.epoch)).toBe(false);
    // Nor one whose ids alone would weigh that much.
    expect(cache.set("many ids", answer(1), Array.from({ length: one }, (_, i) => `id-${i}`), cache.epoch)).toBe(false);
  });

  it("forgets the ids of answers it dropped, so a later change does not touch their successors wrongly", () => {
    const cache = new ResponseCache(1_000_000);
    cache.set("a", answer(1), ["meta"], cache.epoch);
    cache.flush();
    cache.set("a", answer(2), ["openai"], cache.epoch);
    cache.invalidate(["meta"]);
    expect(cache.get("a")).toEqual(answer(2));
  });

  it("keeps nothing until the graph's write counts were read once", async () => {
    // A database that answers only when told to: the first read of the counts waits for it.
    let answer_: (value: unknown) => void = () => undefined;
    const driver = {
      executeQuery: () => new Promise((resolve) => (answer_ = resolve)),
    } as unknown as Driver;
    const cache = new ResponseCache(1_000_000);
    const watcher = watchGraph(cache, { driver, bus: createLocalBus(), checkMs: 60_000, log: createLogger("silent") });
    const first = watcher.ready();
    expect(cache.set("early", answer(1), null, cache.epoch)).toBe(false);
    answer_({ records: [{ get: () => 0 }] });
    await first;
    expect(cache.set("later", answer(2), null, cache.epoch)).toBe(true);
    watcher.stop();
  });
});
