// The entities store's public surface: records first (other stores' queries embed their
// projections when their modules load), then the stores.
export { nameFilter } from "./name-filter.js";
export type { CompanyFilter, CompanyOrderField, CompanyStats } from "./companies.store.js";
export type { PersonFilter, PersonOrderField } from "./people.store.js";
export type { CoInvestorRecord, InvestorFilter, InvestorOrderField, InvestorStats, InvestorTotalRecord } from "./investors.store.js";
export { isNodeTypename, NODE_TYPENAMES, type NodeOf, type NodeRecord, type NodeTypename } from "./nodes.store.js";
export { type KnownEntityRecord, readKnownEntities } from "./known.store.js";
export * from "./entities.store.js";
export * from "./entities.writes.js";
