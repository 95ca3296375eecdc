// The articles store's public surface: articles, what they mention, the sources of facts
// (reads), and the writes of an article's own node. Its rows are in ../records.
export * from "./articles.store.js";
export * from "./articles.writes.js";
export * from "./article-contents.js";
