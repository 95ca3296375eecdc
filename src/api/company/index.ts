// The company module's public face: what other folders of src/api/ may use from it (its
// types and arguments; never its resolvers, which schema.ts registers).
export * from "./company.type.js";
export * from "./company.args.js";
