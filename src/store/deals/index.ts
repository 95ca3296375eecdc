// The deals store's public surface: deals (Investment fact nodes) by page, investor,
// target or article, the filters every listing of deals shares, and the deal writes.
// Its rows are in ../records.
export * from "./deal.filters.js";
export * from "./deals.store.js";
export * from "./deals.writes.js";
