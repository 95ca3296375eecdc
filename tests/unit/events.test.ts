// The live-update event: what a report becomes, what it touches, and the in-process bus
// (delivery to every subscriber, detaching, a subscriber that stops reading).
import { describe, expect, it } from "vitest";
import { createLocalBus } from "../../src/events/bus.js";
import { changeFromReport, idsOf, parseChange, touches, type GraphChange } from "../../src/events/change.js";

const report = {
  articleId: "nvidia-scale",
  outcome: "CREATED",
  created: [{ id: "nvidia", type: "Company" }, { id: "deal-1", type: "Investment" }],
  updated: [{ id: "scale-ai", type: "Company" }],
  unchanged: [],
  removed: [],
};

function change(articleId = "a"): GraphChange {
  return changeFromReport({ ...report, articleId })!;
}

describe("changeFromReport", () => {
  it("keeps the article, outcome and node refs, stamped with an id and the time", () => {
    const c = changeFromReport(report, new Date("2025-06-13T09:30:00Z"))!;
    expect(c).toMatchObject({
      articleId: "nvidia-scale",
      outcome: "CREATED",
      at: "2025-06-13T09:30:00.000Z",
      created: report.created,
      updated: report.updated,
      removed: [],
    });
    expect(c.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(c).not.toHaveProperty("unchanged");
  });

  it("announces nothing for an article sent again unchanged", () => {
    expect(changeFromReport({ ...report, outcome: "UNCHANGED" })).toBeUndefined();
  });

  it("survives JSON (Redis) and refuses what is not a change", () => {
    const c = change();
    expect(parseChange(JSON.parse(JSON.stringify(c)))).toEqual(c);
    expect(parseChange({ ...c, outcome: "EXPLODED" })).toBeUndefined();
    expect(parseChange({ ...c, created: [{ id: "x", type: "Spaceship" }] })).toBeUndefined();
    expect(parseChange("hello")).toBeUndefined();
  });
});

describe("touches", () => {
  const c = change("nvidia-scale");
  it("names the article and every created, updated or removed node", () => {
    expect([...idsOf(c)].sort()).toEqual(["deal-1", "nvidia", "nvidia-scale", "scale-ai"]);
  });
  it("matches any named id; every change without a list, none with an empty one", () => {
    expect(touches(c, ["meta", "scale-ai"])).toBe(true);
    expect(touches(c, ["nvidia-scale"])).toBe(true);
    expect(touches(c, ["meta"])).toBe(false);
    expect(touches(c, undefined)).toBe(true);
    expect(touches(c, [])).toBe(false);
  });
});

describe("local bus", () => {
  it("delivers each change to every subscriber, in order, until it returns", async () => {
    const bus = createLocalBus();
    const one = bus.subscribe();
    const two = bus.subscribe();
    expect(bus.subscriberCount).toBe(2);
    await bus.publish(change("a"));
    await bus.publish(change("b"));
    expect((await one.next()).value.articleId).toBe("a");
    expect((await one.next()).value.articleId).toBe("b");
    expect((await two.next()).value.articleId).toBe("a");
    await one.return!();
    expect(bus.subscriberCount).toBe(1);
    expect(await one.next()).toEqual({ value: undefined, done: true });
    // Closing (the server stops) ends every subscription, dropping what was not read.
    await bus.close();
    expect(bus.subscriberCount).toBe(0);
    expect((await two.next()).done).toBe(true);
  });

  it("resolves a waiting subscriber as soon as a change arrives", async () => {
    const bus = createLocalBus();
    const sub = bus.subscribe();
    const next = sub.next();
    await bus.publish(change("later"));
    expect((await next).value.articleId).toBe("later");
  });

  it("ends a subscriber that fell 1000 changes behind, and keeps serving the others", async () => {
    const bus = createLocalBus();
    const slow = bus.subscribe();
    for (let i = 0; i <= 1000; i++) await bus.publish(change(`a${i}`));
    await expect(slow.next()).rejects.toThrow(/fell more than 1000 changes behind/);
    expect(bus.subscriberCount).toBe(0);
    const fresh = bus.subscribe();
    await bus.publish(change("b"));
    expect((await fresh.next()).value.articleId).toBe("b");
  });
});
