// The drafts store's public surface: drafts of the review inbox, kept in the graph as
// :Draft nodes (not part of the deal graph: nothing links them), so that every API
// instance and every reviewer shares one queue.
export * from "./drafts.store.js";
