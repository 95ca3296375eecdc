// The review store's public surface: possible duplicates for a person to decide on (a read
// model over the links deal resolution makes).
export * from "./review.store.js";
