// The person module's public face: what other folders of src/api/ may use from it (its
// types and arguments; never its resolvers, which schema.ts registers).
export * from "./person.type.js";
export * from "./person.args.js";
