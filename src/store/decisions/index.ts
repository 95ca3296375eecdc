// The decisions store's public surface: decisions as the graph keeps them, and what they
// do to deals (their sources moved, possible-duplicate links removed and restored).
export * from "./decisions.writes.js";
export * from "./deals-decided.writes.js";
