// What every deal graph and path must be, whatever its data.
import { expect } from "vitest";

/** A deal graph a Cytoscape.js client can take as is: unique ids, every edge between two nodes of it. */
export function expectWellFormed(graph: { nodes: Array<{ id: string }>; edges: Array<{ id: string; source: string; target: string }> }): void {
  const nodeIds = new Set(graph.nodes.map((n) => n.id));
  expect(nodeIds.size).toBe(graph.nodes.length);
  const edgeIds = new Set(graph.edges.map((e) => e.id));
  expect(edgeIds.size).toBe(graph.edges.length);
  for (const id of edgeIds) expect(nodeIds.has(id), `edge id ${id} is also a node id`).toBe(false);
  for (const e of graph.edges) {
    expect(nodeIds.has(e.source), `${e.id}: source ${e.source}`).toBe(true);
    expect(nodeIds.has(e.target), `${e.id}: target ${e.target}`).toBe(true);
  }
}
