// The machinery every store shares: the per-request Reader, the DataLoader shapes and the
// per-parent list query, keyset pages and their cursors, readers of projected values,
// money figures, the per-parent bound, the name filter, and the store's one error.
export * from "./batch.js";
export * from "./bounds.js";
export * from "./cursor.js";
export * from "./errors.js";
export * from "./money.js";
export * from "./page.js";
export * from "./reader.js";
export * from "./records.js";
export * from "./facts.writes.js";
export * from "./duplicates.writes.js";
export * from "./name-filter.js";
