// The draft module's public face: its types (never its resolver, which schema.ts registers).
export * from "./draft.type.js";
