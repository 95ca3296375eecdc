// The stats store's public surface: deal statistics for charts (a read model over deals).
export * from "./stats.store.js";
