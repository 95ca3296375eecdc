// The deal graph drawn with Cytoscape.js: companies as rounded boxes, people as circles,
// deals as arrows from investor to target labelled with amount, stake and date and as
// thick as the deal is large; roles and company relations as thinner, dashed lines.
import cytoscape, { type Core, type ElementDefinition, type EventObject } from "cytoscape";
import type { GraphEdge, GraphNode } from "./queries.js";

export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface GraphHandlers {
  onEdge(edge: GraphEdge): void;
  onNode(node: GraphNode): void;
  /** A node double-clicked: explore from it. */
  onNodeOpen(node: GraphNode): void;
  onBackground(): void;
}

const COLORS = {
  company: "#2f5fb3",
  person: "#c98a1b",
  deal: "#2e8b57",
  role: "#8a8f98",
  competes: "#c0504d",
  partners: "#7a5cc2",
  subsidiary: "#4a6b8a",
};

/** Edge width from the deal's size in US dollars: 2 px below $1M, up to 14 px at $100B and more. */
export function dealWidth(usd: number | null | undefined): number {
  if (!usd || usd <= 0) return 2;
  const log = Math.log10(usd);
  return Math.round(Math.max(2, Math.min(14, 2 + ((log - 6) / 5) * 12)) * 10) / 10;
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(label)",
      "font-family": "system-ui, sans-serif",
      "font-size": 13,
      color: "#1b2333",
      "text-valign": "bottom",
      "text-margin-y": 6,
      "text-wrap": "wrap",
      "text-max-width": "140px",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.85,
      "text-background-padding": "2px",
      "border-width": 2,
      "border-color": "#ffffff",
      width: 34,
      height: 34,
    },
  },
  { selector: "node.company", style: { shape: "round-rectangle", "background-color": COLORS.company, width: 44, height: 30 } },
  { selector: "node.person", style: { shape: "ellipse", "background-color": COLORS.person } },
  { selector: "node.focus", style: { "border-color": "#111827", "border-width": 4, "font-weight": "bold" } },
  {
    selector: "edge",
    style: {
      width: 2,
      "curve-style": "bezier",
      "line-color": COLORS.role,
      "target-arrow-color": COLORS.role,
      label: "data(label)",
      "font-size": 11,
      color: "#1b2333",
      "text-rotation": "autorotate",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.9,
      "text-background-padding": "2px",
      "text-events": "yes",
    },
  },
  {
    selector: "edge.INVESTED_IN",
    style: {
      width: "data(width)",
      "line-color": COLORS.deal,
      "target-arrow-color": COLORS.deal,
      "target-arrow-shape": "triangle",
      "arrow-scale": 1.1,
      "font-weight": "bold",
    },
  },
  { selector: "edge.HOLDS_ROLE", style: { "line-style": "dashed", "target-arrow-shape": "vee", "font-size": 10, color: "#4b5563" } },
  { selector: "edge.HOLDS_ROLE.past", style: { opacity: 0.6 } },
  { selector: "edge.COMPETES_WITH", style: { "line-style": "dotted", "line-color": COLORS.competes, width: 1.5, label: "" } },
  { selector: "edge.PARTNERS_WITH", style: { "line-style": "dashed", "line-color": COLORS.partners, width: 1.5, label: "" } },
  {
    selector: "edge.SUBSIDIARY_OF",
    style: { "line-color": COLORS.subsidiary, "target-arrow-color": COLORS.subsidiary, "target-arrow-shape": "tee", label: "" },
  },
  {
    selector: ":selected",
    style: { "overlay-color": "#f59e0b", "overlay-opacity": 0.25, "overlay-padding": 6 },
  },
  { selector: "edge.fresh, node.fresh", style: { "underlay-color": "#22c55e", "underlay-opacity": 0.35, "underlay-padding": 8 } },
];

function elements(data: GraphData, focus: ReadonlySet<string>): ElementDefinition[] {
  const nodes: ElementDefinition[] = data.nodes.map((n) => ({
    group: "nodes",
    data: { id: n.id, label: n.label, type: n.type },
    classes: [n.type === "PERSON" ? "person" : "company", focus.has(n.id) ? "focus" : ""].join(" "),
  }));
  const ids = new Set(data.nodes.map((n) => n.id));
  const edges: ElementDefinition[] = data.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((e) => ({
      group: "edges",
      data: { id: e.id, source: e.source, target: e.target, label: e.label, type: e.type, width: dealWidth(e.amountUsd) },
      classes: [e.type, e.role && !e.role.current ? "past" : ""].join(" "),
    }));
  return [...nodes, ...edges];
}

/** The layout for `data` on a canvas of this size. */
function layoutFor(data: GraphData, width: number, height: number): cytoscape.LayoutOptions {
  const isPath = data.nodes.every((n) => n.depth === null);
  if (isPath) {
    // The API lists a path's nodes from start to end.
    const order = new Map(data.nodes.map((n, i) => [n.id, i]));
    return { name: "preset", positions: (node: cytoscape.NodeSingular) => ({ x: (order.get(node.id()) ?? 0) * 240, y: (order.get(node.id()) ?? 0) % 2 ? 60 : 0 }), padding: 50 } as cytoscape.LayoutOptions;
  }
  const deepest = Math.max(0, ...data.nodes.map((n) => n.depth ?? 0));
  if (deepest > 1 && data.nodes.length > 8) {
    // Several rings of many nodes get too wide: a force-directed layout packs them.
    return {
      name: "cose",
      animate: false,
      randomize: false,
      padding: 50,
      nodeDimensionsIncludeLabels: true,
      nodeRepulsion: () => 400_000,
      idealEdgeLength: () => 150,
      edgeElasticity: () => 100,
      nodeOverlap: 40,
      gravity: 0.25,
      numIter: 2500,
      // Spread over the canvas's shape (wide), not a square.
      boundingBox: { x1: 0, y1: 0, w: Math.max(width, 400), h: Math.max(height, 300) },
    } as cytoscape.LayoutOptions;
  }
  return {
    name: "concentric",
    concentric: (node: cytoscape.NodeSingular) => deepest - (data.nodes.find((n) => n.id === node.id())?.depth ?? deepest),
    levelWidth: () => 1,
    minNodeSpacing: 130,
    spacingFactor: 1.3,
    startAngle: (3 / 2) * Math.PI,
    animate: false,
    padding: 50,
  } as cytoscape.LayoutOptions;
}

export class GraphView {
  readonly cy: Core;
  private data: GraphData = { nodes: [], edges: [] };

  constructor(container: HTMLElement, handlers: GraphHandlers) {
    // Cytoscape adds an inline <style> (position: relative for its container) unless an
    // element with this id exists; the page's stylesheet positions the container, and its
    // Content-Security-Policy refuses inline styles.
    if (!document.getElementById("__________cytoscape_stylesheet")) {
      document.head.append(Object.assign(document.createElement("meta"), { id: "__________cytoscape_stylesheet" }));
    }
    this.cy = cytoscape({
      container,
      style: STYLE,
      minZoom: 0.2,
      maxZoom: 3,
      selectionType: "single",
      boxSelectionEnabled: false,
    });
    const edgeOf = (id: string) => this.data.edges.find((e) => e.id === id);
    const nodeOf = (id: string) => this.data.nodes.find((n) => n.id === id);
    this.cy.on("tap", "edge", (event: EventObject) => {
      const edge = edgeOf(event.target.id());
      if (edge) handlers.onEdge(edge);
    });
    this.cy.on("tap", "node", (event: EventObject) => {
      const node = nodeOf(event.target.id());
      if (node) handlers.onNode(node);
    });
    this.cy.on("dbltap", "node", (event: EventObject) => {
      const node = nodeOf(event.target.id());
      if (node) handlers.onNodeOpen(node);
    });
    this.cy.on("tap", (event: EventObject) => {
      if (event.target === this.cy) handlers.onBackground();
    });
    // The canvas changes size with the window and the panels around it: keep the graph in view.
    new ResizeObserver(() => {
      this.cy.resize();
      this.fit();
    }).observe(container);
  }

  private fit(): void {
    this.cy.fit(undefined, 50);
    // A small graph would be blown up to fill the canvas: keep it at a readable size.
    if (this.cy.zoom() > 1.3) {
      this.cy.zoom(1.3);
      this.cy.center();
    }
  }

  /**
   * Draws `data`, with the `focus` nodes outlined: a deal graph in rings around its seeds
   * (by depth), a path on a line from start to end. Elements absent from the previous
   * drawing are highlighted when `highlightNew`.
   */
  show(data: GraphData, focus: readonly string[], highlightNew = false): void {
    const before = new Set(this.cy.elements().map((e) => e.id()));
    const selected = this.cy.$(":selected").map((e) => e.id());
    this.data = data;
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(elements(data, new Set(focus)));
    });
    for (const id of selected) this.cy.getElementById(id).select();
    if (highlightNew && before.size) {
      const fresh = this.cy.elements().filter((e) => !before.has(e.id()));
      fresh.addClass("fresh");
      setTimeout(() => fresh.removeClass("fresh"), 6_000);
    }
    // The canvas may have changed size since the last drawing (a resized window).
    this.cy.resize();
    this.cy.layout(layoutFor(data, this.cy.width(), this.cy.height())).run();
    this.fit();
  }

  clear(): void {
    this.data = { nodes: [], edges: [] };
    this.cy.elements().remove();
  }

  /** Every id the drawing shows: its nodes, its edges, and the deals and roles behind them. */
  shownIds(): Set<string> {
    const ids = new Set<string>();
    for (const n of this.data.nodes) ids.add(n.id);
    for (const e of this.data.edges) {
      ids.add(e.id);
      if (e.investment) ids.add(e.investment.id);
      if (e.role) ids.add(e.role.id);
    }
    return ids;
  }

  get current(): GraphData {
    return this.data;
  }
}
