// The deals store's public surface: records first (other stores' queries embed their
// projections when their modules load), then the store.
export * from "./deal.filters.js";
export * from "./deals.store.js";
export * from "./deals.writes.js";
