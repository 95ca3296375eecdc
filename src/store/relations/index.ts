// The relations store's public surface: the record first (other stores' queries embed its
// projection when their modules load), then the store.
export * from "./relations.store.js";
export * from "./relations.writes.js";
