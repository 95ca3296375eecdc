// The whole graph as plain, sorted data, for tests that compare a graph with another (a
// rebuild from files with the live graph). Left out: decisions, and the properties that
// record when or how something was loaded rather than what the graph says: load times,
// and how each deal source was matched (a re-loaded article finds its own deal by key
// where its first load made it).
import { Db } from "../../src/db/db.js";
import { testDriver } from "./db.js";

const LOAD_RECORDS = (k: string) => k === "loadedAt" || k === "foundAt" || k.startsWith("match") || k.startsWith("decidedFrom");

export async function graphSnapshot(db: Db = new Db(testDriver())): Promise<{ nodes: string[]; rels: string[] }> {
  const clean = (props: Record<string, unknown>) => Object.fromEntries(Object.entries(props).filter(([k]) => !LOAD_RECORDS(k)).sort(([a], [b]) => (a < b ? -1 : 1)));
  const nodes = await db.read<{ labels: string[]; props: Record<string, unknown> }>(`MATCH (n) WHERE NOT n:Decision AND NOT n:GraphState RETURN labels(n) AS labels, properties(n) AS props`);
  const rels = await db.read<{ from: string; type: string; to: string; props: Record<string, unknown> }>(
    `MATCH (a)-[r]->(b) RETURN coalesce(a.id, a.key) AS from, type(r) AS type, coalesce(b.id, b.key) AS to, properties(r) AS props`,
  );
  return {
    nodes: nodes.map((n) => JSON.stringify({ labels: [...n.labels].sort(), props: clean(n.props) })).sort(),
    rels: rels.map((r) => JSON.stringify({ ...r, props: clean(r.props) })).sort(),
  };
}
