// The relations store's public surface: relations between companies by company or
// article, and their writes. Its rows are in ../records.
export * from "./relations.store.js";
export * from "./relations.writes.js";
