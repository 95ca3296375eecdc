// The ingest module's public face: what other folders of src/api/ may use from it (its
// types, arguments and the service that loads an article; never its resolvers, which
// schema.ts registers).
export * from "./ingest.type.js";
export { ingestArticle, type ReportRecord, toReport } from "./ingest.service.js";
export { MoneyInput } from "./ingest.input.js";
