// dealGraph, shortestPath and allShortestPaths on the founding article plus the test
// corpus: depth, filters, caps, hop counting, and a shape Cytoscape.js takes as is.
import { describe, expect, it } from "vitest";
import { useLoadedApi } from "../helpers/api.js";
import { expectWellFormed } from "../helpers/graph-shape.js";

const api = useLoadedApi();

interface Graph {
  truncated: boolean;
  nodes: Array<{ id: string; type: string; depth: number }>;
  edges: Array<{ id: string; source: string; target: string; type: string; label: string; date: string | null }>;
}

const GRAPH = `query($ids: [ID!]!, $depth: Int, $where: DealGraphWhere, $maxNodes: Int, $maxEdges: Int) {
  dealGraph(ids: $ids, depth: $depth, where: $where, maxNodes: $maxNodes, maxEdges: $maxEdges) {
    truncated nodes { id type depth } edges { id source target type label date } } }`;

async function graph(variables: Record<string, unknown>): Promise<Graph> {
  const { data, errors } = await api.run<{ dealGraph: Graph }>(GRAPH, variables);
  expect(errors).toBeUndefined();
  expectWellFormed(data!.dealGraph);
  return data!.dealGraph;
}
const nodeIds = (g: Graph) => g.nodes.map((n) => n.id).sort();

describe("dealGraph", () => {
  it("grows with depth, each node at its distance from the seeds", async () => {
    const sizes: number[] = [];
    for (const depth of [1, 2, 3]) {
      const g = await graph({ ids: ["mistral-ai"], depth });
      expect(g.truncated).toBe(false);
      expect(Math.max(...g.nodes.map((n) => n.depth))).toBe(depth);
      sizes.push(g.nodes.length);
    }
    expect(sizes[0]).toBeLessThan(sizes[1]!);
    expect(sizes[1]).toBeLessThan(sizes[2]!);
    const one = await graph({ ids: ["mistral-ai"], depth: 1 });
    // 14 investors over five deals (two of them also partners), three executives, two rivals.
    expect(one.nodes.filter((n) => n.depth === 1)).toHaveLength(14 + 3 + 2);
  });

  it("keeps to the edge types asked for", async () => {
    const g = await graph({ ids: ["openai"], depth: 2, where: { edgeTypes: ["INVESTED_IN"] } });
    expect(new Set(g.edges.map((e) => e.type))).toEqual(new Set(["INVESTED_IN"]));
    expect(g.nodes.every((n) => n.type === "COMPANY")).toBe(true);
    const rivals = await graph({ ids: ["openai"], where: { edgeTypes: ["COMPETES_WITH"] } });
    expect(nodeIds(rivals)).toEqual(["anthropic", "google", "meta", "mistral-ai", "openai", "thinking-machines-lab"]);
    expect(rivals.edges.every((e) => e.label === "competes with")).toBe(true);
  });

  it("filters deals by kind, status and date, roles by tenure", async () => {
    const acquisitions = await graph({ ids: ["microsoft"], where: { edgeTypes: ["INVESTED_IN"], kinds: ["ACQUISITION"] } });
    expect(nodeIds(acquisitions)).toEqual(["activision-blizzard", "github", "linkedin", "microsoft"]);
    const live = await graph({ ids: ["wiz"], where: { edgeTypes: ["INVESTED_IN"], statuses: ["ANNOUNCED", "COMPLETED"] } });
    expect(live.edges.map((e) => e.label)).toEqual(["acquisition · $32B · 100% · 2025-03"]);
    const all = await graph({ ids: ["wiz"], where: { edgeTypes: ["INVESTED_IN"] } });
    expect(all.edges.map((e) => e.label)).toEqual(["acquisition · $32B · 100% · 2025-03", "acquisition · $23B · 2024-07 · terminated"]);
    const in2024 = await graph({ ids: ["anthropic"], where: { edgeTypes: ["INVESTED_IN", "HOLDS_ROLE"], from: "2024", to: "2024" } });
    expect(in2024.edges.filter((e) => e.type === "INVESTED_IN").map((e) => e.date)).toEqual(["2024-11", "2024-03-27"]);
    // Dario Amodei, CEO since 2021 and still, held his role in 2024.
    expect(in2024.edges.filter((e) => e.type === "HOLDS_ROLE").map((e) => e.source).sort()).toEqual(["daniela-amodei", "dario-amodei"]);
    const before = await graph({ ids: ["openai"], where: { edgeTypes: ["HOLDS_ROLE"], to: "2023-11-18" } });
    // Emmett Shear began on 2023-11-19; Bret Taylor's "2023-11" may be the 18th.
    expect(nodeIds(before)).not.toContain("emmett-shear");
    expect(nodeIds(before)).toContain("mira-murati");
  });

  it("is capped: the most connected neighbours first, truncated said", async () => {
    const capped = await graph({ ids: ["microsoft"], depth: 3, maxNodes: 4 });
    expect(capped.truncated).toBe(true);
    expect(capped.nodes).toHaveLength(4);
    // Three deals and a partnership with OpenAI: more than with anyone else.
    expect(capped.nodes.find((n) => n.depth === 1 && n.id === "openai")).toBeDefined();
    expect(capped.nodes.map((n) => n.depth)).toEqual([0, 1, 1, 1]);
    const fewEdges = await graph({ ids: ["microsoft"], maxEdges: 2 });
    expect(fewEdges.truncated).toBe(true);
    expect(fewEdges.edges).toHaveLength(2);
    const seedsOnly = await graph({ ids: ["meta", "google", "amazon"], maxNodes: 2 });
    expect(seedsOnly).toMatchObject({ truncated: true });
    expect(seedsOnly.nodes).toHaveLength(2);
  });

  it("labels edges as a chart shows them, with the articles behind them, in one round trip more", async () => {
    const { data, errors, roundTrips } = await api.run(`{ dealGraph(ids: ["scale-ai"]) { edges { id label
      investment { target { name } investors { __typename } } role { title person { name } } sources { evidence article { title } } } } }`);
    expect(errors).toBeUndefined();
    const byId = new Map<string, any>(data.dealGraph.edges.map((e: any) => [e.id, e]));
    expect(byId.get("meta-scale-ai-2025:meta")).toMatchObject({ label: "$14.8B · 49% · 2025-06", investment: { target: { name: "Scale AI" } } });
    expect(byId.get("meta-scale-ai-2025:meta").sources).toHaveLength(2);
    expect(byId.get("alexandr-wang--scale-ai--ceo")).toMatchObject({ label: "CEO · 2016–2025-06", role: { title: "CEO", person: { name: "Alexandr Wang" } } });
    // The graph; then the sources (targets, investors and persons are nodes of the graph already).
    expect(roundTrips).toBe(2);
  });

  it("is empty for unknown ids, and refuses bad arguments", async () => {
    expect(await graph({ ids: ["nobody-at-all"] })).toEqual({ truncated: false, nodes: [], edges: [] });
    expect(await graph({ ids: [] })).toEqual({ truncated: false, nodes: [], edges: [] });
    for (const [variables, argument] of [
      [{ ids: Array.from({ length: 51 }, (_, i) => `co-${i}`) }, "ids"],
      [{ ids: ["meta"], depth: 4 }, "depth"],
      [{ ids: ["meta"], depth: 0 }, "depth"],
      [{ ids: ["meta"], maxNodes: 0 }, "maxNodes"],
      [{ ids: ["meta"], maxNodes: 2001 }, "maxNodes"],
      [{ ids: ["meta"], maxEdges: 10001 }, "maxEdges"],
      [{ ids: ["Not An Id"] }, "ids[0]"],
    ] as const) {
      const { errors } = await api.run(GRAPH, variables);
      expect(errors?.[0]?.extensions, JSON.stringify(variables)).toMatchObject({ code: "BAD_USER_INPUT", argument });
    }
  });
});

const PATH = `query($from: ID!, $to: ID!, $maxHops: Int, $where: DealGraphWhere) {
  shortestPath(from: $from, to: $to, maxHops: $maxHops, where: $where) { length nodes { id } edges { id source target type label } } }`;

async function path(variables: Record<string, unknown>) {
  const { data, errors } = await api.run(PATH, variables);
  expect(errors).toBeUndefined();
  return data.shortestPath as { length: number; nodes: Array<{ id: string }>; edges: Array<{ source: string; target: string; type: string }> } | null;
}

describe("shortestPath", () => {
  it("counts a hop per deal, role or relation between two entities", async () => {
    expect((await path({ from: "google", to: "meta" }))?.length).toBe(1);
    const wang = await path({ from: "alexandr-wang", to: "jason-droege" });
    expect(wang).toMatchObject({ length: 2, nodes: [{ id: "alexandr-wang" }, { id: "scale-ai" }, { id: "jason-droege" }] });
    expect(wang!.edges.every((e) => e.type === "HOLDS_ROLE" && e.target === "scale-ai")).toBe(true);
    // Co-investors are not one hop apart: the path goes through what they invested in.
    expect((await path({ from: "iconiq", to: "fidelity-management-research-company" }))?.length).toBe(2);
  });

  it("stops at maxHops, and uses only the edges allowed", async () => {
    expect(await path({ from: "amazon", to: "meta", maxHops: 1 })).toBeNull();
    expect((await path({ from: "amazon", to: "meta", maxHops: 2 }))?.length).toBe(2);
    const viaDeals = await path({ from: "amazon", to: "meta", where: { edgeTypes: ["INVESTED_IN"] } });
    expect(viaDeals).toMatchObject({ length: 2, nodes: [{ id: "amazon" }, { id: "scale-ai" }, { id: "meta" }] });
    expect(await path({ from: "alexandr-wang", to: "jason-droege", where: { edgeTypes: ["INVESTED_IN"] } })).toBeNull();
  });

  it("links a person to a company through roles and deals", async () => {
    const murati = await path({ from: "mira-murati", to: "softbank-group" });
    expect(murati?.length).toBe(2);
    expect(murati?.nodes.map((n) => n.id)).toEqual(["mira-murati", "openai", "softbank-group"]);
  });

  it("is the entity alone from itself to itself, and null between strangers or unknowns", async () => {
    expect(await path({ from: "meta", to: "meta" })).toEqual({ length: 0, nodes: [{ id: "meta" }], edges: [] });
    expect(await path({ from: "meta", to: "nobody-at-all" })).toBeNull();
    // TechCrunch is only mentioned: no fact links it to anything.
    expect(await path({ from: "techcrunch", to: "meta" })).toBeNull();
  });

  it("refuses maxHops outside 1 to 6", async () => {
    for (const maxHops of [0, 7]) {
      const { errors } = await api.run(PATH, { from: "amazon", to: "meta", maxHops });
      expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "maxHops" });
    }
  });
});

describe("allShortestPaths", () => {
  it("gives every path of the least length, up to `first`, in a stable order", async () => {
    const query = `query($first: Int) { allShortestPaths(from: "amazon", to: "meta", first: $first) { length nodes { id } edges { id } } }`;
    const all = (await api.run(query, { first: 50 })).data.allShortestPaths;
    expect(all.length).toBeGreaterThanOrEqual(6);
    expect(all.every((p: any) => p.length === 2 && p.edges.length === 2 && p.nodes.length === 3)).toBe(true);
    const again = (await api.run(query, { first: 50 })).data.allShortestPaths;
    expect(again).toEqual(all);
    expect((await api.run(query, { first: 3 })).data.allShortestPaths).toHaveLength(3);
  });
});
