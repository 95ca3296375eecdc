// The roles store's public surface: roles by person, company or article, executive
// moves, and the role writes. Its rows (and whether a role is current) are in ../records.
export * from "./roles.store.js";
export * from "./roles.writes.js";
