// The roles store: the roles of a batch of people, companies or articles, and the moves of
// executives from one company to another.
import neo4j from "neo4j-driver";
import { groupRows, keyedLoader, type Prime, priming } from "../common/index.js";
import { type Reader, readQuery, type ReadQuery } from "../common/index.js";
import { row, str } from "../common/index.js";
import { latestRolesFirst, periodStartCypher, type PersonRecord, personProjection, type RoleRecord, roleProjection, toPerson, toRole } from "../records/index.js";

const BY_PEOPLE = readQuery(`// role.byPersonIds
UNWIND $ids AS id
MATCH (:Person {id: id})-[:HOLDS]->(r:Role)
WITH id, r ORDER BY ${latestRolesFirst("r")}
RETURN id, collect(${roleProjection("r")}) AS items`);

const BY_COMPANIES = readQuery(`// role.byCompanyIds
UNWIND $ids AS id
MATCH (:Company {id: id})<-[:AT]-(r:Role)
WITH id, r ORDER BY ${latestRolesFirst("r")}
RETURN id, collect(${roleProjection("r")}) AS items`);

const BY_ARTICLES = readQuery(`// role.byArticleIds
UNWIND $ids AS id
MATCH (:Article {id: id})<-[:SOURCED_FROM]-(r:Role)
WITH id, r ORDER BY ${latestRolesFirst("r")}
RETURN id, collect(${roleProjection("r")}) AS items`);

// A move: a role that ended (r1, at a) and a role at another company (r2, at b) that
// began no earlier than r1's end, both at their known precision. For each new role, the
// latest ended role at the same former company is the one moved from.
const MOVES = readQuery(`// role.moves
MATCH (p:Person)-[:HOLDS]->(r2:Role)-[:AT]->(b:Company)
WHERE r2.since IS NOT NULL
  AND ($toId IS NULL OR b.id = $toId)
  AND ($companyIds IS NULL OR b.id IN $companyIds)
  AND ($since IS NULL OR r2.since >= $since)
MATCH (p)-[:HOLDS]->(r1:Role)-[:AT]->(a:Company)
WHERE a <> b AND r1.until IS NOT NULL
  AND ($fromId IS NULL OR a.id = $fromId)
  AND ($companyIds IS NULL OR a.id IN $companyIds)
  AND ${periodStartCypher("r2.since")} >= ${periodStartCypher("r1.until")}
WITH p, a, r2, r1 ORDER BY r1.until DESC, r1.id
WITH p, a, r2, head(collect(r1)) AS r1
ORDER BY r2.since DESC, p.name, r2.id
LIMIT $first
RETURN { person: ${personProjection("p")}, from: ${roleProjection("r1")}, to: ${roleProjection("r2")}, movedOn: r2.since } AS move`);

export interface MoveRecord {
  person: PersonRecord;
  from: RoleRecord;
  to: RoleRecord;
  movedOn: string | null;
}

/** The roles store of one request: lists batched per field and level, every role read primed into the node cache. */
export function createRolesStore(reader: Reader, prime: Prime) {
  const list = (query: ReadQuery) => keyedLoader(priming(prime, async (ids) => groupRows(await reader.read(query, { ids }), toRole)), (): RoleRecord[] => []);
  const byPerson = list(BY_PEOPLE);
  const byCompany = list(BY_COMPANIES);
  const byArticle = list(BY_ARTICLES);
  return {
    /** The roles a person holds or held, latest first. */
    heldBy: (personId: string): Promise<RoleRecord[]> => byPerson.load(personId),
    /** The roles held at a company, latest first. */
    heldAt: (companyId: string): Promise<RoleRecord[]> => byCompany.load(companyId),
    /** The roles an article reports, latest first. */
    reportedBy: (articleId: string): Promise<RoleRecord[]> => byArticle.load(articleId),
    /** Executive moves between companies, latest first (see MOVES); `first` checked by the caller. */
    async moves(args: { companyIds?: string[] | null; fromId?: string | null; toId?: string | null; since?: string | null; first: number }): Promise<MoveRecord[]> {
      const rows = await reader.read(MOVES, {
        companyIds: args.companyIds ?? null,
        fromId: args.fromId ?? null,
        toId: args.toId ?? null,
        since: args.since ?? null,
        first: neo4j.int(args.first),
      });
      const moves = rows.map((r) => {
        const m = row(r.move);
        return { person: toPerson(m.person), from: toRole(m.from), to: toRole(m.to), movedOn: str(m.movedOn) };
      });
      for (const m of moves) prime([m.person, m.from, m.to]);
      return moves;
    },
  };
}

export type RolesStore = ReturnType<typeof createRolesStore>;
