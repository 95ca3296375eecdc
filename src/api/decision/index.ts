// The decision module's public face: its types (never its resolver, which schema.ts registers).
export * from "./decision.type.js";
