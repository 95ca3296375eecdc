// The articles store's public surface (articles and the sources of facts): records first
// (other stores' queries embed their projections when their modules load), then the store.
export * from "./articles.store.js";
export * from "./articles.writes.js";
