// The entities store's public surface: records first (other stores' queries embed their
// projections when their modules load), then the stores.
export * from "./company.record.js";
export * from "./person.record.js";
export * from "./entity.record.js";
export { nameFilter } from "./name-filter.js";
export type { CompanyFilter, CompanyOrderField, CompanyStats } from "./companies.store.js";
export type { PersonFilter, PersonOrderField } from "./people.store.js";
export type { CoInvestorRecord, InvestorFilter, InvestorOrderField, InvestorStats, InvestorTotalRecord } from "./investors.store.js";
export { isNodeTypename, NODE_TYPENAMES, type NodeOf, type NodeRecord, type NodeTypename } from "./nodes.store.js";
export * from "./entities.store.js";
export * from "./entities.writes.js";
