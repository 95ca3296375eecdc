// The entities store's public surface: companies, people, the investors view, the cache
// of nodes by kind and id, the name filter, and the entity writes. Its rows are in ../records.
export { nameFilter } from "../common/index.js";
export { type CompanyExportRecord, type CompanyFilter, type CompanyListingArgs, type CompanyOrderField, type CompanyStats, streamCompanies } from "./companies.store.js";
export { type PersonExportRecord, type PersonFilter, type PersonListingArgs, type PersonOrderField, streamPeople } from "./people.store.js";
export type { CoInvestorRecord, InvestorFilter, InvestorOrderField, InvestorStats, InvestorTotalRecord } from "./investors.store.js";
export { isNodeTypename, NODE_TYPENAMES, type NodeOf, type NodeRecord, type NodeTypename } from "./nodes.store.js";
export { type KnownEntityRecord, readKnownEntities } from "./known.store.js";
export * from "./entities.store.js";
export * from "./entities.writes.js";
export * from "./entity-duplicates.writes.js";
