// The graph store (a read model over deals, roles and relations): the deal graph and path
// queries. A hop goes from an entity through one fact (deal, role or relation) to another
// entity: (x)-[r1]-(f:Fact)-[r2]-(y), where r1 and r2 are the fact's two different ends
// (INVESTED and TARGET, HOLDS and AT, FROM and TO), so that two co-investors or two
// colleagues are not a hop.
import neo4j from "neo4j-driver";
import type { Params, Row } from "../../db/db.js";
import { DEAL_STATUSES, GRAPH_EDGE_TYPES, type GraphEdgeTypeName, type InvestmentKindName, RELATION_TYPES } from "../../domain/vocabulary.js";
import type { Prime } from "../common/index.js";
import { toMoney, usdIsSane } from "../common/index.js";
import { type Reader, readQuery } from "../common/index.js";
import { num, row, str } from "../common/index.js";
import { type EntityRecord, entityProjection, type InvestmentRecord, periodEndCypher, periodStartCypher, type RelationRecord, toEntity } from "../records/index.js";
import { investmentLabel, relationLabel, roleLabel } from "./graph.labels.js";

/** The kinds of edge of a deal graph or a path: a deal, a role, or a relation of one of its types. */
export type GraphEdgeType = GraphEdgeTypeName;

/** Which edges a deal graph or a path may use; every filter given must hold (the API's DealGraphWhere). */
export interface GraphFilter {
  edgeTypes?: GraphEdgeType[] | null;
  kinds?: InvestmentKindName[] | null;
  statuses?: Array<(typeof DEAL_STATUSES)[number]> | null;
  from?: string | null;
  to?: string | null;
  minUsd?: number | null;
}

const ENDS = "INVESTED|TARGET|HOLDS|AT|FROM|TO";
/** The hop pattern, with its variables x, r1, f, r2, y. */
const HOP = `(x:Entity)-[r1:${ENDS}]-(f:Fact)-[r2:${ENDS}]-(y:Entity)`;
// The end a fact starts from: the investor, the person, the relation's `from`.
const SOURCE_ENDS = "['INVESTED', 'HOLDS', 'FROM']";

/**
 * Which facts a hop may go through, as one predicate over `f` whose text never changes
 * (the filters are parameters, null when not given), so the database plans it once.
 */
const FACT_ALLOWED = `(
    (f:Investment AND $g_invested
      AND ($g_kinds IS NULL OR f.kind IN $g_kinds)
      AND ($g_statuses IS NULL OR f.status IN $g_statuses)
      AND ($g_from IS NULL OR f.announcedOn >= $g_from)
      AND ($g_to IS NULL OR f.announcedOn <= $g_to OR f.announcedOn STARTS WITH $g_to)
      AND ($g_minUsd IS NULL OR (f.amountUsd >= $g_minUsd AND ${usdIsSane("f.amountUsd")})))
    OR (f:Role AND $g_roles
      AND ($g_from IS NULL OR f.until IS NULL OR ${periodStartCypher("f.until")} > ${periodStartCypher("$g_from")})
      AND ($g_to IS NULL OR f.since IS NULL OR ${periodStartCypher("f.since")} <= ${periodEndCypher("$g_to")}))
    OR (f:Relation AND f.type IN $g_relationTypes)
  )`;


function factParams(where: GraphFilter | null | undefined): Params {
  const types = new Set<GraphEdgeType>(where?.edgeTypes ?? GRAPH_EDGE_TYPES);
  return {
    g_invested: types.has("INVESTED_IN"),
    g_kinds: where?.kinds ?? null,
    g_statuses: where?.statuses ?? null,
    g_from: where?.from ?? null,
    g_to: where?.to ?? null,
    g_minUsd: where?.minUsd ?? null,
    g_roles: types.has("HOLDS_ROLE"),
    g_relationTypes: RELATION_TYPES.filter((t) => types.has(t)),
  };
}

/**
 * One edge as the queries return it: hop (x, f, y) with `t` the type of x's end of f,
 * and of the fact what its label needs. The fact itself (GraphEdge.investment, .role,
 * .relation) comes through the node cache when asked for: projecting it whole here
 * costs a third more time for 10,000 edges, and as much more to plan the query.
 */
const EDGE_ROW = `{
    factId: f.id,
    type: CASE WHEN f:Investment THEN 'INVESTED_IN' WHEN f:Role THEN 'HOLDS_ROLE' ELSE f.type END,
    sourceId: CASE WHEN t IN ${SOURCE_ENDS} THEN x.id ELSE y.id END,
    targetId: CASE WHEN t IN ${SOURCE_ENDS} THEN y.id ELSE x.id END,
    investment: CASE WHEN f:Investment THEN f { .kind, .status, .amountValue, .amountCurrency, .amountUsd, .stakePercent, .announcedOn } END,
    role: CASE WHEN f:Role THEN f { .title, .since, .until } END
  }`;

export interface GraphNodeRecord {
  id: string;
  type: "COMPANY" | "PERSON";
  label: string;
  kind: string | null;
  depth: number | null;
  entity: EntityRecord;
}

export interface GraphEdgeRecord {
  id: string;
  source: string;
  target: string;
  type: GraphEdgeType;
  label: string;
  amountUsd: number | null;
  date: string | null;
  /** The deal, role or relation: GraphEdge.investment, .role, .relation and .sources load it by this id. */
  factId: string;
}

export function toGraphNode(entity: EntityRecord, depth: number | null): GraphNodeRecord {
  return {
    id: entity.id,
    type: entity.__typename === "Company" ? "COMPANY" : "PERSON",
    label: entity.name,
    kind: entity.__typename === "Company" ? entity.kind : null,
    depth,
    entity,
  };
}

function toGraphEdge(value: unknown): GraphEdgeRecord {
  const r = row(value);
  const type = String(r.type) as GraphEdgeType;
  const source = String(r.sourceId);
  const deal = r.investment ? row(r.investment) : null;
  const role = r.role ? row(r.role) : null;
  const amount = deal && toMoney(deal.amountValue, deal.amountCurrency, deal.amountUsd);
  return {
    // A deal is one edge per investor: its id alone would repeat.
    id: deal ? `${String(r.factId)}:${source}` : String(r.factId),
    source,
    target: String(r.targetId),
    type,
    label: deal
      ? investmentLabel({
          kind: String(deal.kind) as InvestmentRecord["kind"],
          status: String(deal.status) as InvestmentRecord["status"],
          amount,
          stakePercent: num(deal.stakePercent),
          announcedOn: str(deal.announcedOn),
        })
      : role
        ? roleLabel({ title: String(role.title), since: str(role.since), until: str(role.until) })
        : relationLabel({ type: type as RelationRecord["type"] }),
    amountUsd: amount?.usd ?? null,
    date: str(deal?.announcedOn) ?? str(role?.since),
    factId: String(r.factId),
  };
}

/**
 * The deal graph query, for a depth of 1 to 3 (the depth shapes the text: one expansion
 * block per level). Breadth first: each level takes the neighbours of the previous one
 * not yet seen, the most connected to it first, as many as maxNodes leaves room for;
 * `truncated` records whether a level had more. Then the allowed edges between two
 * nodes of the graph, those of the nodes found first (the seeds, the most connected)
 * first, up to maxEdges + 1 (the extra one tells truncation).
 *
 * No ORDER BY: a sort holds its rows, and the database charges each held row for every
 * list bound earlier in the query (here the nodes seen so far), so a sort of thousands
 * of rows next to a list of thousands of nodes runs out of transaction memory. The
 * neighbours are ranked on a list instead: a binary search finds the weight above which
 * they fit (see `cutoff`), ties at that weight are taken as they come, and the edges are
 * taken in the order of their nodes, streaming, and sorted by the caller.
 */
function dealGraphQuery(depth: number) {
  // The greatest weight w such that at least `room` candidates weigh w or more.
  const cutoff = `reduce(range = { lo: 0, hi: reduce(m = 0, c IN candidates | CASE WHEN c.w > m THEN c.w ELSE m END) }, step IN range(1, 32) |
    CASE WHEN range.lo >= range.hi THEN range
      WHEN size([c IN candidates WHERE c.w >= (range.lo + range.hi + 1) / 2]) >= room THEN { lo: (range.lo + range.hi + 1) / 2, hi: range.hi }
      ELSE { lo: range.lo, hi: (range.lo + range.hi + 1) / 2 - 1 } END).lo`;
  const level = `CALL (seen, frontier) {
  UNWIND frontier AS x
  MATCH ${HOP}
  WHERE type(r1) <> type(r2) AND NOT y IN seen AND ${FACT_ALLOWED}
  WITH y, count(DISTINCT f) AS weight
  RETURN collect({ y: y, w: weight }) AS candidates
}
WITH seen, levels, truncated, candidates, $maxNodes - size(seen) AS room
WITH seen, levels, truncated, candidates, room, CASE WHEN size(candidates) <= room THEN 0 ELSE ${cutoff} END AS cutoff
WITH seen, levels, truncated OR size(candidates) > room AS truncated,
  CASE WHEN size(candidates) <= room THEN [c IN candidates | c.y]
  ELSE [c IN candidates WHERE c.w > cutoff | c.y] END AS above, candidates, room, cutoff
WITH seen, levels, truncated,
  CASE WHEN size(candidates) <= room THEN above
  ELSE above + [c IN candidates WHERE c.w = cutoff | c.y][..(room - size(above))] END AS found
WITH seen + found AS seen, found AS frontier, levels + [found] AS levels, truncated`;
  return readQuery(`// graph.dealGraph
MATCH (s:Entity) WHERE s.id IN $ids
WITH collect(s) AS seeds
WITH seeds[..$maxNodes] AS seen, seeds[..$maxNodes] AS frontier, [seeds[..$maxNodes]] AS levels, size(seeds) > $maxNodes AS truncated
${Array.from({ length: depth }, () => level).join("\n")}
CALL (levels) {
  UNWIND range(0, size(levels) - 1) AS depth
  UNWIND levels[depth] AS n
  RETURN collect({ depth: depth, node: ${entityProjection("n")} }) AS nodes
}
CALL (seen) {
  UNWIND seen AS x
  MATCH ${HOP}
  WHERE type(r1) <> type(r2) AND x.id < y.id AND y IN seen AND ${FACT_ALLOWED}
  WITH x, f, y, type(r1) AS t
  LIMIT $edgeLimit
  RETURN collect(${EDGE_ROW}) AS edges
}
RETURN nodes, edges, truncated`);
}
const DEAL_GRAPH = [1, 2, 3].map(dealGraphQuery);

/** Edges by date, latest first (undated last), then by id: the order a deal graph lists them in. */
function latestFirst(a: GraphEdgeRecord, b: GraphEdgeRecord): number {
  return (b.date ?? "").localeCompare(a.date ?? "") || a.id.localeCompare(b.id);
}

export interface DealGraphRecord {
  nodes: GraphNodeRecord[];
  edges: GraphEdgeRecord[];
  truncated: boolean;
}

/**
 * The shortest paths query for at most `maxHops` hops (1 to 6; it shapes the text, as a
 * quantifier's bound must be a literal), with Neo4j 5's SHORTEST: `1` for one path,
 * `ALL` for every path of the shortest length. Each hop is one iteration of the
 * quantified pattern, so the shortest in relationships is the shortest in hops.
 */
function pathQuery(mode: "SHORTEST 1" | "ALL SHORTEST", maxHops: number) {
  return readQuery(`// graph.${mode === "ALL SHORTEST" ? "allShortestPaths" : "shortestPath"}
MATCH p = ${mode} (:Entity {id: $from}) (${HOP} WHERE type(r1) <> type(r2) AND ${FACT_ALLOWED}){1,${maxHops}} (:Entity {id: $to})
WITH p, x AS xs, f AS fs, y AS ys, r1 AS r1s
LIMIT $first
CALL (xs, fs, ys, r1s) {
  UNWIND range(0, size(fs) - 1) AS i
  WITH i, xs[i] AS x, fs[i] AS f, ys[i] AS y, type(r1s[i]) AS t
  ORDER BY i
  RETURN collect(${EDGE_ROW}) AS edges
}
RETURN [n IN nodes(p) WHERE n:Entity | ${entityProjection("n")}] AS nodes, edges`);
}

export interface PathRecord {
  length: number;
  nodes: GraphNodeRecord[];
  edges: GraphEdgeRecord[];
}

/** The entities of a graph or path, handed to the node cache: a deal's target or a role's person then costs nothing more. */
const entitiesOf = (graph: { nodes: GraphNodeRecord[] }) => graph.nodes.map((n) => n.entity);

/** The graph store of one request; what it returns primes the node cache. */
export function createGraphStore(reader: Reader, prime: Prime) {
  return {
    /** The deal graph around seeds `ids`, `depth` hops out (1 to 3), capped at maxNodes and maxEdges (see dealGraphQuery). */
    async dealGraph(args: { ids: string[]; depth: number; where?: GraphFilter | null; maxNodes: number; maxEdges: number }): Promise<DealGraphRecord> {
      const [result] = await reader.read(DEAL_GRAPH[args.depth - 1]!, {
        ids: args.ids,
        maxNodes: neo4j.int(args.maxNodes),
        edgeLimit: neo4j.int(args.maxEdges + 1),
        ...factParams(args.where),
      });
      const nodes = (Array.isArray(result?.nodes) ? result.nodes : [])
        .map((v) => {
          const r = row(v);
          return toGraphNode(toEntity(r.node), num(r.depth));
        })
        .sort((a, b) => (a.depth ?? 0) - (b.depth ?? 0) || a.id.localeCompare(b.id));
      const edges = (Array.isArray(result?.edges) ? result.edges : []).map(toGraphEdge);
      const kept = edges.slice(0, args.maxEdges).sort(latestFirst);
      const graph = { nodes, edges: kept, truncated: result?.truncated === true || edges.length > args.maxEdges };
      prime(entitiesOf(graph));
      return graph;
    },
    /** The shortest paths from `from` to `to`: one (SHORTEST 1), or up to `first` of the shortest length (ALL SHORTEST). */
    async shortestPaths(args: { from: string; to: string; maxHops: number; where?: GraphFilter | null; all: boolean; first: number }): Promise<PathRecord[]> {
      const rows = await reader.read(pathQuery(args.all ? "ALL SHORTEST" : "SHORTEST 1", args.maxHops), {
        from: args.from,
        to: args.to,
        first: neo4j.int(args.first),
        ...factParams(args.where),
      });
      const paths = rows.map((r: Row) => {
        const edges = (Array.isArray(r.edges) ? r.edges : []).map(toGraphEdge);
        const nodes = (Array.isArray(r.nodes) ? r.nodes : []).map((n) => toGraphNode(toEntity(n), null));
        return { length: edges.length, nodes, edges };
      });
      for (const path of paths) prime(entitiesOf(path));
      return paths;
    },
  };
}

export type GraphStore = ReturnType<typeof createGraphStore>;
