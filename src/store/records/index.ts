// Every kind of row as the stores read it: each kind's Cypher projection (the map a query
// returns) and the plain record it is read back into, with the rules that go with it
// (the order of a list of deals, whether a role is current). One folder for all kinds,
// below every store: a deal's page embeds its parties, a company's investors view embeds
// its deals, the node cache reads every kind, so the stores read each other's rows, and
// only a folder under all of them keeps their imports free of cycles (npm run lint:layers).
export * from "./company.record.js";
export * from "./person.record.js";
export * from "./entity.record.js";
export * from "./investment.record.js";
export * from "./role.record.js";
export * from "./relation.record.js";
export * from "./article.record.js";
export * from "./source.record.js";
