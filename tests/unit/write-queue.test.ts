// The queue of article writes (ingest.service.ts): one write at a time, in order, and a
// bounded number waiting; past them a write is refused at once instead of waiting out
// its deadline.
import { describe, expect, it } from "vitest";
import { WriteQueue } from "../../src/api/ingest/ingest.service.js";

/** A write that ends when told to. */
function pending() {
  let end!: () => void;
  const done = new Promise<void>((resolve) => (end = resolve));
  return { done, end };
}

describe("WriteQueue", () => {
  it("runs one write at a time, in the order they came", async () => {
    const queue = new WriteQueue(10);
    const order: string[] = [];
    const first = pending();
    const a = queue.run(async () => {
      order.push("a starts");
      await first.done;
      order.push("a ends");
    });
    const b = queue.run(async () => void order.push("b runs"));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual(["a starts"]);
    first.end();
    await Promise.all([a, b]);
    expect(order).toEqual(["a starts", "a ends", "b runs"]);
  });

  it("goes on after a failed write", async () => {
    const queue = new WriteQueue(10);
    await expect(queue.run(async () => Promise.reject(new Error("no")))).rejects.toThrow("no");
    await expect(queue.run(async () => "yes")).resolves.toBe("yes");
  });

  it("refuses at once a write past the ones that may wait, and takes writes again once they ran", async () => {
    const queue = new WriteQueue(2);
    const running = pending();
    const held = [queue.run(() => running.done), queue.run(async () => "second"), queue.run(async () => "third")];
    await expect(queue.run(async () => "fourth")).rejects.toMatchObject({ extensions: { code: "SERVICE_UNAVAILABLE" } });
    running.end();
    await Promise.all(held);
    await expect(queue.run(async () => "fifth")).resolves.toBe("fifth");
  });
});
