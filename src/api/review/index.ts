// The review module's public face: what other folders of src/api/ may use from it (its
// types and arguments; never its resolver, which schema.ts registers).
export * from "./review.args.js";
export * from "./review.type.js";
