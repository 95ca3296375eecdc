// The entities store of one request: companies, people, the investors view, and the cache
// of nodes by kind and id that every store primes with what it reads.
import type { Reader } from "../common/index.js";
import { createCompaniesStore } from "./companies.store.js";
import { createInvestorsStore } from "./investors.store.js";
import { createNodeCache } from "./nodes.store.js";
import { createPeopleStore } from "./people.store.js";

/**
 * One object whose methods each run their own Cypher (in companies.store.ts,
 * people.store.ts, investors.store.ts, nodes.store.ts): a resolver calls the method,
 * the method reads.
 */
export function createEntitiesStore(reader: Reader) {
  const nodes = createNodeCache(reader);
  return {
    ...nodes,
    ...createCompaniesStore(reader, nodes.prime),
    ...createPeopleStore(reader),
    ...createInvestorsStore(reader, nodes.prime),
  };
}

export type EntitiesStore = ReturnType<typeof createEntitiesStore>;
