// The search store's public surface: companies, people and articles by name, alias or title.
export * from "./search.text.js";
export * from "./search.store.js";
