// The search store (a read model over entities and articles): candidates from the name
// keys (exact and prefix, index seeks) and from the full-text indexes (words, prefixes,
// typos), in one round trip; then one ranking rule (search.text.ts).
import neo4j from "neo4j-driver";
import type { Row } from "../../db/db.js";
import { nameKey, nameKeyPrefix } from "../../text/fold.js";
import type { Prime } from "../common/index.js";
import { type Reader, readQuery } from "../common/index.js";
import { row, strs } from "../common/index.js";
import { type ArticleRecord, articleProjection, type EntityRecord, entityProjection, toArticle, toEntity } from "../records/index.js";
import { classify, type Classified, luceneQuery } from "./search.text.js";

export type SearchType = "COMPANY" | "PERSON" | "ARTICLE";

export type SearchHitRecord = Classified & {
  type: SearchType;
  node: EntityRecord | ArticleRecord;
  entity: EntityRecord | null;
  article: ArticleRecord | null;
};

// Each part yields rows of `hit`; parts are chosen from this allow-list by type.
const BY_NAME_KEY = `MATCH (k:NameKey) WHERE k.key STARTS WITH $companyKey OR k.key STARTS WITH $personKey
    WITH k LIMIT $candidates
    MATCH (k)-[:NAMES]->(e:Entity)
    WHERE ($companies AND e:Company) OR ($people AND e:Person)
    RETURN { id: e.id, type: CASE WHEN e:Company THEN 'COMPANY' ELSE 'PERSON' END, names: [e.name] + coalesce(e.aliases, []), node: ${entityProjection("e")} } AS hit`;
const ENTITY_TEXT = `CALL db.index.fulltext.queryNodes('entity_names', $lucene, { limit: $candidates }) YIELD node AS e
    WHERE ($companies AND e:Company) OR ($people AND e:Person)
    RETURN { id: e.id, type: CASE WHEN e:Company THEN 'COMPANY' ELSE 'PERSON' END, names: [e.name] + coalesce(e.aliases, []), node: ${entityProjection("e")} } AS hit`;
const ARTICLE_TEXT = `CALL db.index.fulltext.queryNodes('article_titles', $lucene, { limit: $candidates }) YIELD node AS a
    RETURN { id: a.id, type: 'ARTICLE', names: [a.title], node: ${articleProjection("a")} } AS hit`;

function searchQuery(entities: boolean, articles: boolean) {
  const parts = [...(entities ? [BY_NAME_KEY, ENTITY_TEXT] : []), ...(articles ? [ARTICLE_TEXT] : [])];
  return readQuery(`// search.candidates
CALL () {
  ${parts.join("\n  UNION ALL\n  ")}
}
RETURN hit`);
}

/**
 * The best `first` hits for `text` among `types`. The database finds candidates, a
 * generous number per source; classify (search.text.ts) decides which match and how well,
 * so ranking follows one rule whatever index found a hit.
 */
async function search(reader: Reader, text: string, types: ReadonlyArray<SearchType>, first: number): Promise<SearchHitRecord[]> {
  const key = nameKey(text);
  const lucene = luceneQuery(text);
  const companies = types.includes("COMPANY");
  const people = types.includes("PERSON");
  const articles = types.includes("ARTICLE");
  // No letter or digit: nothing to look for (and no name key, no Lucene query).
  if (!key || !lucene || !(companies || people || articles)) return [];
  const rows = await reader.read(searchQuery(companies || people, articles), {
    // A null prefix matches no key: STARTS WITH null is null.
    companyKey: companies ? `${nameKeyPrefix("Company")}${key}` : null,
    personKey: people ? `${nameKeyPrefix("Person")}${key}` : null,
    companies,
    people,
    lucene,
    candidates: neo4j.int(Math.max(50, first * 5)),
  });
  const hits = new Map<string, SearchHitRecord>();
  for (const r of rows as Row[]) {
    const hit = row(r.hit);
    const id = String(hit.id);
    if (hits.has(id)) continue;
    const found = classify(text, strs(hit.names));
    if (!found) continue;
    const type = String(hit.type) as SearchType;
    const [entity, article] = type === "ARTICLE" ? [null, toArticle(hit.node)] : [toEntity(hit.node), null];
    hits.set(id, { ...found, type, node: (entity ?? article)!, entity, article });
  }
  return [...hits.values()]
    .sort((a, b) => b.score - a.score || nameOf(a).localeCompare(nameOf(b)) || a.node.id.localeCompare(b.node.id))
    .slice(0, first);
}

const nameOf = (h: SearchHitRecord) => ("name" in h.node ? h.node.name : h.node.title);

/** The search store of one request; the hits it returns prime the node cache. */
export function createSearchStore(reader: Reader, prime: Prime) {
  return {
    /** The best `first` hits for `text` among `types` (see search above); `first` checked by the caller. */
    async hits(text: string, types: ReadonlyArray<SearchType>, first: number): Promise<SearchHitRecord[]> {
      const found = await search(reader, text, types, first);
      prime(found.map((h) => h.node));
      return found;
    },
  };
}

export type SearchStore = ReturnType<typeof createSearchStore>;
