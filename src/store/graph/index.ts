// The graph store's public surface: the deal graph and paths (a read model over deals,
// roles and relations), and the edge labels it writes.
export * from "./graph.labels.js";
export * from "./graph.store.js";
