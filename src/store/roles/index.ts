// The roles store's public surface: the record and its rules first (other stores'
// queries embed them when their modules load), then the store.
export * from "./roles.store.js";
export * from "./roles.writes.js";
