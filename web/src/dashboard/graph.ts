// The deal graph drawn with Cytoscape.js: companies as rounded boxes, people as circles,
// deals as arrows from investor to target labelled with amount, stake and date and as
// thick as the deal is large (a deal with several investors as one small diamond, thin
// lines from each investor into it and one labelled arrow to the target); roles and
// company relations as thinner, dashed lines. Labels are drawn only where they can be
// read: never under 9 px on screen, never over another label (see declutter()).
import cytoscape, { type BoundingBox12, type Core, type ElementDefinition, type EventObject, type NodeSingular, type SingularElementArgument, type SingularElementReturnValue } from "cytoscape";
import svg from "cytoscape-svg";
import type { GraphEdge, GraphNode } from "./queries.js";

cytoscape.use(svg);

declare module "cytoscape" {
  interface Core {
    /** From cytoscape-svg: the view (or with `full`, the whole graph) as an SVG document. */
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}

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

/** No label is drawn smaller than this on screen, in px. */
export const MIN_LABEL_PX = 9;
/** The focus's and a hovered or selected element's label on screen, at least, in px. */
const FORCED_LABEL_PX = 12;
/** A direct neighbour's label on screen, at least, in px (when it fits among the others). */
const NEAR_LABEL_PX = 10;
/** Font sizes in model units: a label reaches MIN_LABEL_PX on screen at zoom MIN_LABEL_PX / size. */
const FONT = { node: 14, edge: 11 };
const TEXT_MAX_WIDTH = 140;
const ZOOM_STEP = 1.25;
/** Room around a fitted graph, in px: the toolbar and summary above it, the legend below, labels at the sides. */
const FIT_PADDING = { top: 56, bottom: 80, left: 40, right: 40 };
/** Deal nodes' and deal arrows' ids start with this; no entity or fact id has an "@". */
const DEAL_PREFIX = "@deal:";

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
      "font-size": FONT.node,
      "min-zoomed-font-size": MIN_LABEL_PX,
      color: "#1b2333",
      "text-valign": "bottom",
      "text-margin-y": 6,
      "text-wrap": "wrap",
      "text-max-width": `${TEXT_MAX_WIDTH}px`,
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
  { selector: "node.deal", style: { shape: "diamond", "background-color": COLORS.deal, width: 16, height: 16, "border-width": 1, label: "" } },
  { selector: "node.focus", style: { "border-color": "#111827", "border-width": 4, "font-weight": "bold" } },
  {
    selector: "edge",
    style: {
      width: 2,
      "curve-style": "bezier",
      "line-color": COLORS.role,
      "target-arrow-color": COLORS.role,
      label: "data(label)",
      "font-size": FONT.edge,
      "min-zoomed-font-size": MIN_LABEL_PX,
      color: "#1b2333",
      // Level, not along the edge: easier to read, and a level label's box is no larger than
      // the label, so fewer labels are left out for overlapping (see declutter()).
      "text-rotation": "none",
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
  // An investor's share of a deal with several: a thin line into the deal's diamond.
  { selector: "edge.INVESTED_IN.part", style: { width: 1.5, "target-arrow-shape": "none", label: "" } },
  { selector: "edge.HOLDS_ROLE", style: { "line-style": "dashed", "target-arrow-shape": "vee", color: "#4b5563" } },
  { selector: "edge.HOLDS_ROLE.past", style: { opacity: 0.6 } },
  { selector: "edge.COMPETES_WITH", style: { "line-style": "dotted", "line-color": COLORS.competes, width: 1.5, label: "" } },
  { selector: "edge.PARTNERS_WITH", style: { "line-style": "dashed", "line-color": COLORS.partners, width: 1.5, label: "" } },
  {
    selector: "edge.SUBSIDIARY_OF",
    style: { "line-color": COLORS.subsidiary, "target-arrow-color": COLORS.subsidiary, "target-arrow-shape": "tee", label: "" },
  },
  // A label that would overlap another or be too small to read: not drawn, and not clickable.
  { selector: ".quiet", style: { "text-opacity": 0, "text-background-opacity": 0, "text-events": "no" } },
  // What the reader points at is drawn over everything else, its label too.
  { selector: ".hover, .picked", style: { "z-index-compare": "manual", "z-index": 10 } },
  {
    selector: ":selected, .picked",
    style: { "overlay-color": "#f59e0b", "overlay-opacity": 0.25, "overlay-padding": 6 },
  },
  { selector: "edge.fresh, node.fresh", style: { "underlay-color": "#22c55e", "underlay-opacity": 0.35, "underlay-padding": 8 } },
];

/** The deal an INVESTED_IN edge belongs to (an edge without one stands for itself). */
function dealOf(edge: GraphEdge): string {
  return edge.investment?.id ?? edge.id;
}

/**
 * Cytoscape's elements for `data`: a node per entity; a deal with one investor as one arrow,
 * a deal with several as a diamond with a thin line from each investor and one labelled
 * arrow to the target. Every piece of a deal carries data.deal, the deal's id.
 */
function elements(data: GraphData, focus: ReadonlySet<string>): ElementDefinition[] {
  const near = new Set(data.nodes.filter((n) => n.depth === null || n.depth <= 1 || focus.has(n.id)).map((n) => n.id));
  const nodes: ElementDefinition[] = data.nodes.map((n) => ({
    group: "nodes",
    data: { id: n.id, label: n.label, type: n.type },
    classes: [n.type === "PERSON" ? "person" : "company", focus.has(n.id) ? "focus" : "", near.has(n.id) ? "near" : ""].join(" "),
  }));
  const ids = new Set(data.nodes.map((n) => n.id));
  const shown = data.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  const deals = new Map<string, GraphEdge[]>();
  for (const e of shown) if (e.type === "INVESTED_IN") deals.set(dealOf(e), [...(deals.get(dealOf(e)) ?? []), e]);
  const edges: ElementDefinition[] = [];
  const touchesFocus = (...ends: string[]) => (ends.some((id) => focus.has(id)) ? "near" : "");
  for (const e of shown) {
    if (e.type === "INVESTED_IN" && deals.get(dealOf(e))!.length > 1) continue;
    edges.push({
      group: "edges",
      data: { id: e.id, source: e.source, target: e.target, label: e.label, type: e.type, width: dealWidth(e.amountUsd), deal: e.type === "INVESTED_IN" ? dealOf(e) : undefined },
      classes: [e.type, e.role && !e.role.current ? "past" : "", touchesFocus(e.source, e.target)].join(" "),
    });
  }
  for (const [deal, parts] of deals) {
    if (parts.length < 2) continue;
    const hub = `${DEAL_PREFIX}${deal}`;
    const { target, label, amountUsd } = parts[0];
    nodes.push({ group: "nodes", data: { id: hub, label: "", type: "DEAL", deal }, classes: "deal" });
    for (const e of parts) {
      edges.push({ group: "edges", data: { id: e.id, source: e.source, target: hub, label: "", type: e.type, width: 1.5, deal }, classes: "INVESTED_IN part" });
    }
    edges.push({
      group: "edges",
      data: { id: `${hub}:to`, source: hub, target, label, type: "INVESTED_IN", width: dealWidth(amountUsd), deal },
      classes: ["INVESTED_IN", "arrow", touchesFocus(target, ...parts.map((p) => p.source))].join(" "),
    });
  }
  return [...nodes, ...edges];
}

/** Starting places before the force-directed layout: rings by depth, a deal between its ends. */
function seedPositions(cy: Core): void {
  const rings = new Map<number, NodeSingular[]>();
  cy.nodes().not(".deal").forEach((n) => {
    const depth = n.scratch("_depth") ?? 0;
    rings.set(depth, [...(rings.get(depth) ?? []), n]);
  });
  for (const [depth, nodes] of rings) {
    nodes.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / nodes.length + depth * 0.7;
      n.position({ x: Math.cos(angle) * 160 * depth, y: Math.sin(angle) * 110 * depth });
    });
  }
  cy.nodes(".deal").forEach((d) => placeBetween(d));
}

/** Puts a deal's diamond two thirds of the way from its investors' middle to its target. */
function placeBetween(deal: NodeSingular): void {
  const investors = deal.incomers("node");
  const target = deal.outgoers("node");
  if (!investors.length || !target.length) return;
  const from = investors.boundingBox({});
  const to = target.position();
  deal.position({ x: ((from.x1 + from.x2) / 2) / 3 + (to.x * 2) / 3, y: ((from.y1 + from.y2) / 2) / 3 + (to.y * 2) / 3 });
}

/** The layout for `data` on a canvas of this size. */
function layoutFor(data: GraphData, width: number, height: number): cytoscape.LayoutOptions {
  const isPath = data.nodes.every((n) => n.depth === null);
  if (isPath) {
    // The API lists a path's nodes from start to end; a path has no deal diamonds' worth of crowding.
    const order = new Map(data.nodes.map((n, i) => [n.id, i]));
    const position = (node: NodeSingular) => {
      if (node.hasClass("deal")) {
        const ends = node.neighborhood("node").map((n) => order.get(n.id()) ?? 0);
        const at = ends.reduce((a, b) => a + b, 0) / Math.max(1, ends.length);
        return { x: at * 240, y: -60 };
      }
      return { x: (order.get(node.id()) ?? 0) * 240, y: (order.get(node.id()) ?? 0) % 2 ? 60 : 0 };
    };
    return { name: "preset", positions: position, padding: 50 } as cytoscape.LayoutOptions;
  }
  // A force-directed layout packs rings of many nodes, spread over the canvas's (wide) shape.
  return {
    name: "cose",
    animate: false,
    randomize: false,
    fit: false,
    padding: 50,
    nodeDimensionsIncludeLabels: true,
    nodeRepulsion: (node: NodeSingular) => (node.hasClass("deal") ? 100_000 : 400_000),
    idealEdgeLength: (edge: cytoscape.EdgeSingular) => (edge.hasClass("part") ? 70 : 150),
    edgeElasticity: () => 100,
    nodeOverlap: 40,
    gravity: 0.25,
    numIter: 2500,
    boundingBox: { x1: 0, y1: 0, w: Math.max(width, 400), h: Math.max(height, 300) },
  } as cytoscape.LayoutOptions;
}

function overlap(a: BoundingBox12, b: BoundingBox12): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

export class GraphView {
  readonly cy: Core;
  private data: GraphData = { nodes: [], edges: [] };
  private focus = new Set<string>();
  private pending = 0;

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
    const nodeOf = (id: string) => this.data.nodes.find((n) => n.id === id);
    this.cy.on("tap", "edge, node.deal", (event: EventObject) => {
      const edge = this.edgeOf(event.target);
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
    // Hovering or selecting any piece of a deal lights up, and names, the whole deal.
    this.cy.on("mouseover", "node, edge", (event: EventObject) => {
      this.groupOf(event.target).addClass("hover");
      this.schedule();
    });
    this.cy.on("mouseout", "node, edge", (event: EventObject) => {
      this.groupOf(event.target).removeClass("hover");
      this.schedule();
    });
    this.cy.on("select unselect", () => {
      this.cy.$(".picked").removeClass("picked");
      this.cy.$(":selected").forEach((e) => void this.groupOf(e).addClass("picked"));
      this.schedule();
    });
    this.cy.on("zoom dragfree", () => this.schedule());
    // The canvas changes size with the window and the panels around it: keep the graph in view.
    new ResizeObserver(() => {
      this.cy.resize();
      this.fit();
    }).observe(container);
  }

  /** The deal's edge (or the role's, or the relation's) that an element of the drawing stands for. */
  private edgeOf(ele: SingularElementReturnValue): GraphEdge | undefined {
    const deal: string | undefined = ele.data("deal");
    return this.data.edges.find((e) => e.id === ele.id()) ?? (deal ? this.data.edges.find((e) => e.type === "INVESTED_IN" && dealOf(e) === deal) : undefined);
  }

  /** The element, and for a piece of a deal every piece of it. */
  private groupOf(ele: SingularElementReturnValue): cytoscape.CollectionReturnValue {
    const deal: string | undefined = ele.data("deal");
    return deal ? this.cy.elements().filter((e) => e.data("deal") === deal) : this.cy.collection(ele);
  }

  /** Fits the whole graph in the canvas, but blows a small one up no further than a readable size. */
  fit(): void {
    // The nodes' and edges' box, not their labels': labels change size with the zoom, and
    // fitting them would give another zoom each time.
    const box = this.cy.elements().boundingBox({ includeLabels: false, includeOverlays: false });
    if (box.w || box.h) {
      // A small graph would be blown up to fill the canvas: keep it at a readable size.
      const width = this.cy.width() - FIT_PADDING.left - FIT_PADDING.right;
      const height = this.cy.height() - FIT_PADDING.top - FIT_PADDING.bottom;
      const zoom = Math.min(1.3, width / Math.max(box.w, 1), height / Math.max(box.h, 1));
      const level = Math.min(this.cy.maxZoom(), Math.max(this.cy.minZoom(), zoom));
      const pan = {
        x: FIT_PADDING.left + width / 2 - level * (box.x1 + box.w / 2),
        y: FIT_PADDING.top + height / 2 - level * (box.y1 + box.h / 2),
      };
      this.cy.viewport({ zoom: level, pan });
    }
    this.declutter();
  }

  /** Zooms in (`steps` > 0) or out around the canvas's middle. */
  zoomBy(steps: number): void {
    const level = Math.min(this.cy.maxZoom(), Math.max(this.cy.minZoom(), this.cy.zoom() * ZOOM_STEP ** steps));
    this.cy.zoom({ level, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } });
    this.declutter();
  }

  /** The view as a PNG image, at twice the screen's resolution. */
  png(): Blob {
    return this.cy.png({ output: "blob", bg: "#ffffff", full: false, scale: 2 });
  }

  /** The view as an SVG document. */
  svg(): string {
    return this.cy.svg({ full: false, bg: "#ffffff" });
  }

  /**
   * Draws `data`, with the `focus` nodes outlined: a deal graph laid out by force from rings
   * around its seeds, a path on a line from start to end. Elements absent from the previous
   * drawing are highlighted when `highlightNew`.
   */
  show(data: GraphData, focus: readonly string[], highlightNew = false): void {
    const before = new Set(this.cy.elements().map((e) => e.id()));
    const selected = this.cy.$(":selected").map((e) => e.id());
    this.data = data;
    this.focus = new Set(focus);
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(elements(data, this.focus));
    });
    for (const n of data.nodes) this.cy.getElementById(n.id).scratch("_depth", n.depth ?? 0);
    for (const id of selected) this.cy.getElementById(id).select();
    if (highlightNew && before.size) this.highlight(this.cy.elements().filter((e) => !before.has(e.id())));
    // The canvas may have changed size since the last drawing (a resized window).
    this.cy.resize();
    seedPositions(this.cy);
    this.cy.layout(layoutFor(data, this.cy.width(), this.cy.height())).run();
    this.fit();
  }

  /**
   * Adds `more` (a node's neighbourhood, from dealGraph with ids [node] and depth 1) to the
   * drawing: what was drawn stays where it was, the new nodes are laid out around `around`.
   * Returns how many nodes were added.
   */
  expand(more: GraphData, around: string): number {
    const base = this.data.nodes.find((n) => n.id === around)?.depth ?? 0;
    const known = new Set(this.data.nodes.map((n) => n.id));
    const added = more.nodes.filter((n) => !known.has(n.id)).map((n) => ({ ...n, depth: n.depth === null ? null : base + n.depth }));
    const edgeIds = new Set(this.data.edges.map((e) => e.id));
    this.data = { nodes: [...this.data.nodes, ...added], edges: [...this.data.edges, ...more.edges.filter((e) => !edgeIds.has(e.id))] };

    // A deal with one investor drawn becomes a diamond when a second appears: an element
    // whose ends changed is drawn anew.
    const next = elements(this.data, this.focus);
    const old = new Map(this.cy.elements().map((e) => [e.id(), e]));
    const stale = this.cy.elements().filter((e) => {
      const def = next.find((d) => d.data.id === e.id());
      return !def || (e.isEdge() && (def.data.source !== e.source().id() || def.data.target !== e.target().id()));
    });
    const kept = this.cy.nodes().not(stale);
    const redrawn = new Set(stale.map((e) => e.id()));
    let fresh = this.cy.collection();
    this.cy.batch(() => {
      stale.remove();
      fresh = this.cy.add(next.filter((d) => !old.has(d.data.id!) || redrawn.has(d.data.id!)));
    });
    const newNodes = fresh.nodes();
    if (!newNodes.length && !fresh.length) return 0;

    // New entities start in a circle around the expanded node, then the layout settles them
    // with everything already drawn locked in place.
    const centre = this.cy.getElementById(around).position();
    const entities = newNodes.not(".deal");
    entities.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / Math.max(1, entities.length);
      n.position({ x: centre.x + Math.cos(angle) * 150, y: centre.y + Math.sin(angle) * 110 });
    });
    newNodes.filter(".deal").forEach((d) => placeBetween(d));
    kept.lock();
    this.cy.layout({ ...layoutFor(this.data, this.cy.width(), this.cy.height()), boundingBox: undefined, randomize: false, fit: false } as cytoscape.LayoutOptions).run();
    kept.unlock();
    this.highlight(fresh);
    // Zoom out only if the new nodes fall outside the view.
    const view = this.cy.extent();
    const box = this.cy.elements().boundingBox({});
    if (box.x1 < view.x1 || box.y1 < view.y1 || box.x2 > view.x2 || box.y2 > view.y2) this.fit();
    else this.declutter();
    return entities.length;
  }

  private highlight(fresh: cytoscape.CollectionReturnValue): void {
    fresh.addClass("fresh");
    setTimeout(() => fresh.removeClass("fresh"), 6_000);
  }

  clear(): void {
    this.data = { nodes: [], edges: [] };
    this.cy.elements().remove();
  }

  /** Runs declutter() once before the next frame, however many events ask for it. */
  private schedule(): void {
    if (this.pending) return;
    this.pending = requestAnimationFrame(() => {
      this.pending = 0;
      this.declutter();
    });
  }

  /**
   * Decides which labels are drawn at the current zoom. The focus's, and a hovered or
   * selected deal's or node's, are enlarged to FORCED_LABEL_PX on screen if smaller, direct
   * neighbours' and the focus's deals and roles to NEAR_LABEL_PX; the rest keep their size and are drawn only from a zoom at
   * which they reach MIN_LABEL_PX. Then, in that order of priority (then larger deals, then
   * better-connected nodes), a label is drawn only if it overlaps none drawn before it.
   */
  declutter(): void {
    const zoom = this.cy.zoom();
    const labelled = this.cy.elements().filter((e) => Boolean(e.data("label")) && !e.hasClass("part"));
    // What the reader points at first, then the focus, its neighbours, its deals, the rest.
    const rank = (e: SingularElementArgument) =>
      e.hasClass("hover") || e.hasClass("picked") ? 0 : e.hasClass("focus") ? 0.5 : e.isNode() && e.hasClass("near") ? 1 : e.hasClass("near") ? 2 : e.isNode() ? 3 : 4;
    const sizeOf = (e: SingularElementArgument) => {
      const base = e.isNode() ? FONT.node : FONT.edge;
      const r = rank(e);
      return r < 1 ? Math.max(base, FORCED_LABEL_PX / zoom) : r <= 2 ? Math.max(base, NEAR_LABEL_PX / zoom) : base;
    };
    this.cy.batch(() => {
      labelled.forEach((e) => {
        const size = sizeOf(e);
        if (e.scratch("_size") === size) return;
        e.scratch("_size", size);
        const base = e.isNode() ? FONT.node : FONT.edge;
        if (size === base) e.removeStyle("font-size text-max-width");
        else e.style({ "font-size": size, "text-max-width": `${(TEXT_MAX_WIDTH * size) / base}px` });
      });
    });
    const weight = (e: SingularElementArgument) => (e.isEdge() ? Number(e.data("width")) || 0 : (e as NodeSingular).degree(false));
    const order = labelled.toArray().sort((a, b) => rank(a) - rank(b) || weight(b) - weight(a));
    const drawn: BoundingBox12[] = [];
    const quiet = new Set<string>();
    // A label half hidden under a node is no easier to read: only the reader's choice and the
    // focus may cover one.
    const bodies = this.cy.nodes().map((n) => ({ id: n.id(), box: n.boundingBox({ includeLabels: false, includeOverlays: false }) }));
    for (const e of order) {
      if (e.scratch("_size") * zoom < MIN_LABEL_PX) {
        quiet.add(e.id());
        continue;
      }
      const box = e.boundingBox({ includeLabels: true, includeNodes: false, includeEdges: false, includeOverlays: false });
      const covered = rank(e) >= 1 && bodies.some((b) => b.id !== e.id() && overlap(b.box, box));
      if (covered || drawn.some((d) => overlap(d, box))) quiet.add(e.id());
      else drawn.push(box);
    }
    this.cy.batch(() => labelled.forEach((e) => void e.toggleClass("quiet", quiet.has(e.id()))));
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
