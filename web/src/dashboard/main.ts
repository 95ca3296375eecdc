// The dashboard: find a company or person, see its deal graph, read where each fact
// comes from, find how two entities connect, watch the deal volume, and see the graph
// change as articles are loaded; review the deals resolution could not tell apart.
// Everything goes through the public GraphQL API.
import "../styles/dashboard.css";
import "../styles/dashboard-adaptive.css";
import { MAX_DEPTH, MAX_HOPS } from "../../../src/domain/limits.js";
import { CHART_ORDER } from "../../../src/domain/vocabulary.js";
import { ApiError, apiToken, reconnectSubscriptions, request, setApiToken, subscriptions } from "../graphql.js";
import { byId, h, replace } from "../dom.js";
import { barChart } from "./chart.js";
import { DealList } from "./deal-list.js";
import { EntityPage, PAGE_KINDS, type PageKind } from "./entity-page.js";
import { compactAmount, enumLabel } from "./format.js";
import { GraphView, type GraphData } from "./graph.js";
import { graphTools } from "./graph-tools.js";
import { draftApi } from "./draft-api.js";
import { InboxView } from "./inbox.js";
import { Panel } from "./panel.js";
import { ReviewView } from "./review.js";
import {
  DEAL_GRAPH,
  DEAL_STATS,
  type DealGraphWhere,
  DealStatsGroup,
  GRAPH_CHANGED,
  type GraphChange,
  GraphEdgeType,
  InvestmentKind,
  type InvestmentWhere,
  SHORTEST_PATH,
} from "./queries.js";
import { SearchBox, type Chosen } from "./search.js";
import { tableFromQuery, tableHash, type TableState, TableView } from "./table.js";

/**
 * Every kind of deal, in the order the chart lists them (the schema prints its enums sorted
 * by name, which puts the commonest kind second); the generated enum's type checks the words.
 */
const KINDS: InvestmentKind[] = [...CHART_ORDER.kinds];
const EDGE_TYPES: GraphEdgeType[] = Object.values(GraphEdgeType);
/** What to call the edges besides deals that can be shown (deals always are); tsc asks for a name for every new edge type. */
const OTHER_EDGE_NAMES: Record<Exclude<GraphEdgeType, "INVESTED_IN">, string> = {
  HOLDS_ROLE: "Roles",
  COMPETES_WITH: "Competitors",
  PARTNERS_WITH: "Partners",
  SUBSIDIARY_OF: "Subsidiaries",
};
const OTHER_EDGES = Object.entries(OTHER_EDGE_NAMES) as Array<[GraphEdgeType, string]>;
/** The charts the dashboard offers (dealStats can group in more ways). */
type StatsGroup = typeof DealStatsGroup.Year | typeof DealStatsGroup.Kind;
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** What the page shows; kept in the URL's fragment so a view can be bookmarked and shared. */
interface View {
  mode: "explore" | "path" | "review" | "table" | "inbox" | PageKind;
  table?: TableState;
  /** The inbox's open draft. */
  draft?: string;
  id?: string;
  depth: number;
  kinds: InvestmentKind[];
  edgeTypes: GraphEdgeType[];
  from?: string;
  to?: string;
  pathFrom?: string;
  pathTo?: string;
  maxHops: number;
  statsBy: StatsGroup;
}

const DEFAULT_VIEW: View = { mode: "explore", depth: 1, kinds: [...KINDS], edgeTypes: ["INVESTED_IN", "HOLDS_ROLE"], maxHops: 4, statsBy: "YEAR" };

function viewFromHash(): View {
  const [mode, query = ""] = location.hash.replace(/^#/, "").split("?");
  const p = new URLSearchParams(query);
  const list = <T extends string>(name: string, allowed: readonly T[], fallback: T[]) =>
    p.has(name) ? (p.get(name)!.split(",").filter((v): v is T => (allowed as readonly string[]).includes(v))) : fallback;
  const date = (name: string) => (PARTIAL_DATE.test(p.get(name) ?? "") ? p.get(name)! : undefined);
  if (mode === "table") return { ...DEFAULT_VIEW, mode, table: tableFromQuery(p) };
  if (mode === "inbox") return { ...DEFAULT_VIEW, mode, draft: p.get("id") ?? undefined };
  return {
    mode: (["path", "review", ...PAGE_KINDS] as string[]).includes(mode!) ? (mode as View["mode"]) : "explore",
    id: p.get("id") ?? undefined,
    depth: Math.min(MAX_DEPTH, Math.max(1, Number(p.get("depth")) || DEFAULT_VIEW.depth)),
    kinds: list("kinds", KINDS, DEFAULT_VIEW.kinds),
    edgeTypes: list("edges", EDGE_TYPES, DEFAULT_VIEW.edgeTypes),
    from: date("from"),
    to: date("to"),
    pathFrom: p.get("a") ?? undefined,
    pathTo: p.get("b") ?? undefined,
    maxHops: Math.min(MAX_HOPS, Math.max(1, Number(p.get("hops")) || DEFAULT_VIEW.maxHops)),
    statsBy: p.get("stats") === "KIND" ? "KIND" : "YEAR",
  };
}

function hashOf(view: View): string {
  if (view.mode === "table") return tableHash(view.table ?? tableFromQuery(new URLSearchParams()));
  if (view.mode === "inbox") return view.draft ? `#inbox?${new URLSearchParams({ id: view.draft })}` : "#inbox";
  const p = new URLSearchParams();
  if (view.mode === "explore") {
    if (view.id) p.set("id", view.id);
    p.set("depth", String(view.depth));
    if (view.kinds.length !== KINDS.length) p.set("kinds", view.kinds.join(","));
    p.set("edges", view.edgeTypes.join(","));
    if (view.from) p.set("from", view.from);
    if (view.to) p.set("to", view.to);
  } else if (view.mode === "path") {
    if (view.pathFrom) p.set("a", view.pathFrom);
    if (view.pathTo) p.set("b", view.pathTo);
    p.set("hops", String(view.maxHops));
  } else if (isPage(view.mode) && view.id) p.set("id", view.id);
  if (view.statsBy !== "YEAR") p.set("stats", view.statsBy);
  return `#${view.mode}?${p}`;
}

// ---------------------------------------------------------------- elements

const status = byId("status");
// After a decision the graph is another: the list and the chart are fetched again now, the
// deal graph when it is shown next (every change of view draws it afresh).
const review = new ReviewView(byId("review"), {
  decided: () => void render(true),
  tokenChanged: () => byId("token-button").classList.toggle("set", Boolean(apiToken())),
});
const live = byId("live");
const inbox = new InboxView(byId("inbox"), draftApi, {
  go: (draft) => go({ ...view, mode: "inbox", draft: draft ?? undefined }),
  openToken: () => openTokenDialog(),
  published: () => undefined,
});
const table = new TableView(byId("table"), { go: (state) => go({ ...view, mode: "table", table: state }), failed: (error) => failed(error) });
const summary = byId("summary");
const panel = new Panel(byId("panel"), {
  explore: (id) => go({ ...view, mode: "explore", id }),
  pathFrom: (id, name) => {
    pathFromBox.set(name);
    pathChosen.from = { id, name, type: "Company" };
    go({ ...view, mode: "path", pathFrom: id });
    byId<HTMLInputElement>("path-to").focus();
  },
  expand: (id) => void expand(id),
  canExpand: (id) => view.mode === "explore" && graph.current.nodes.some((n) => n.id === id),
});

const entityPage = new EntityPage(byId("entity-page"), panel);
const dealList = new DealList(byId("deal-list"), (id) => void panel.openInvestment(id, { focus: true }));
const isPage = (mode: View["mode"]): mode is PageKind => (PAGE_KINDS as string[]).includes(mode);

const graph = new GraphView(byId("graph"), {
  onEdge: (edge) => {
    const { investment, role } = edge;
    if (investment) void panel.openInvestment(investment.id);
    else if (role) void panel.openRole(role.id);
    else panel.empty(`${enumLabel(edge.type)}: ${labelOf(edge.source)} and ${labelOf(edge.target)}.`);
  },
  onNode: (node) => void panel.openEntity(node.type === "PERSON" ? "Person" : "Company", node.id),
  onNodeOpen: (node) => go({ ...view, mode: "explore", id: node.id }),
  onBackground: () => panel.empty(hint()),
});
// For the browser console (and the browser tests): the Cytoscape instance, and the graph
// the API gave for the drawing (nodes and edges as the API names them).
(window as unknown as { dealgraph: unknown }).dealgraph = { cy: graph.cy, drawn: () => graph.current };
graphTools(graph, byId("graph-tools"), byId("graph"), () => `dealgraph-${view.mode === "path" ? `${view.pathFrom}-${view.pathTo}` : view.id ?? "graph"}`);

function labelOf(id: string): string {
  return graph.current.nodes.find((n) => n.id === id)?.label ?? id;
}

function hint(): string {
  if (isPage(view.mode)) return "Choose “Sources” on a row to read the articles that state it.";
  return view.mode === "path" ? "Choose two companies or people to see how they connect." : "Click a deal (an arrow) or a role to read its sources; click a company or person for its details; double-click to explore from it.";
}

function say(message: string, kind: "info" | "error" = "info"): void {
  status.textContent = message;
  status.className = kind;
}

function failed(error: unknown): void {
  const e = error as Error;
  if (e.name === "AbortError") return;
  if (e instanceof ApiError && e.code === "UNAUTHENTICATED") {
    say("This API needs an API token: paste one under “API token”.", "error");
    openTokenDialog();
    return;
  }
  say(e.message, "error");
}

// ---------------------------------------------------------------- controls

// On a page, a search opens the page of what it finds; elsewhere its graph, and its details in the panel.
const searchBox = new SearchBox({
  input: byId<HTMLInputElement>("search"),
  onChoose: (e) => (isPage(view.mode) ? go({ ...view, mode: e.type === "Person" ? "person" : "company", id: e.id }) : (go({ ...view, mode: "explore", id: e.id }), void panel.openEntity(e.type, e.id))),
  onError: failed,
});
const pathChosen: { from?: Chosen; to?: Chosen } = {};
const pathFromBox = new SearchBox({ input: byId<HTMLInputElement>("path-from"), onChoose: (e) => ((pathChosen.from = e), tryPath()), onError: failed });
const pathToBox = new SearchBox({ input: byId<HTMLInputElement>("path-to"), onChoose: (e) => ((pathChosen.to = e), tryPath()), onError: failed });

function tryPath(): void {
  const a = pathChosen.from?.id ?? view.pathFrom;
  const b = pathChosen.to?.id ?? view.pathTo;
  go({ ...view, mode: "path", pathFrom: a, pathTo: b });
}

const depth = byId<HTMLSelectElement>("depth");
const maxHops = byId<HTMLSelectElement>("max-hops");
const dateFrom = byId<HTMLInputElement>("date-from");
const dateTo = byId<HTMLInputElement>("date-to");
const statsBy = byId<HTMLSelectElement>("stats-by");
// As far as the API lets a graph or a path reach, and no further.
for (let n = 1; n <= MAX_DEPTH; n++) depth.append(h("option", { value: n }, `${n} ${n === 1 ? "hop" : "hops"}`));
for (let n = 1; n <= MAX_HOPS; n++) maxHops.append(h("option", { value: n }, String(n)));

const kindBoxes = KINDS.map((kind) => {
  const box = h("input", { type: "checkbox", value: kind, checked: true });
  byId("kinds").append(h("label", { class: "check" }, box, ` ${enumLabel(kind)}`));
  return box;
});
const edgeBoxes = OTHER_EDGES.map(([type, label]) => {
  const box = h("input", { type: "checkbox", value: type });
  byId("edge-types").append(h("label", { class: "check" }, box, ` ${label}`));
  return box;
});

function controlsToView(): void {
  const from = dateFrom.value.trim();
  const to = dateTo.value.trim();
  const bad = [from, to].find((d) => d && !PARTIAL_DATE.test(d));
  dateFrom.setCustomValidity(from && !PARTIAL_DATE.test(from) ? "A year, year-month or date: 2024, 2024-06, 2024-06-13" : "");
  dateTo.setCustomValidity(to && !PARTIAL_DATE.test(to) ? "A year, year-month or date: 2024, 2024-06, 2024-06-13" : "");
  if (bad) {
    say(`“${bad}” is not a date: write 2024, 2024-06 or 2024-06-13.`, "error");
    return;
  }
  go({
    ...view,
    depth: Number(depth.value),
    maxHops: Number(maxHops.value),
    kinds: kindBoxes.filter((b) => b.checked).map((b) => b.value as InvestmentKind),
    edgeTypes: ["INVESTED_IN", ...edgeBoxes.filter((b) => b.checked).map((b) => b.value as GraphEdgeType)],
    from: from || undefined,
    to: to || undefined,
    statsBy: statsBy.value === "KIND" ? "KIND" : "YEAR",
  });
}

for (const control of [depth, maxHops, statsBy, ...kindBoxes, ...edgeBoxes]) control.addEventListener("change", controlsToView);
for (const control of [dateFrom, dateTo]) control.addEventListener("change", controlsToView);
byId("explore-form").addEventListener("submit", (e) => e.preventDefault());
byId("path-form").addEventListener("submit", (e) => (e.preventDefault(), tryPath()));
for (const tab of document.querySelectorAll<HTMLButtonElement>(".modes [data-mode]")) {
  if (tab.dataset.mode === "inbox") tab.addEventListener("click", () => go({ ...view, mode: "inbox", draft: undefined }));
  else tab.addEventListener("click", () => go({ ...view, mode: tab.dataset.mode === "path" || tab.dataset.mode === "review" || tab.dataset.mode === "table" ? tab.dataset.mode : "explore" }));
}

function viewToControls(): void {
  depth.value = String(view.depth);
  maxHops.value = String(view.maxHops);
  statsBy.value = view.statsBy;
  dateFrom.value = view.from ?? "";
  dateTo.value = view.to ?? "";
  for (const b of kindBoxes) b.checked = view.kinds.includes(b.value as InvestmentKind);
  for (const b of edgeBoxes) b.checked = view.edgeTypes.includes(b.value as GraphEdgeType);
  document.body.dataset.mode = view.mode;
  for (const tab of document.querySelectorAll<HTMLButtonElement>(".modes [data-mode]")) tab.setAttribute("aria-selected", String(tab.dataset.mode === view.mode));
  byId("explore-form").hidden = view.mode !== "explore" && !isPage(view.mode);
  byId("entity-page").hidden = !isPage(view.mode);
  byId("path-form").hidden = view.mode !== "path";
  byId("filters").hidden = view.mode !== "explore";
  byId("review").hidden = view.mode !== "review";
  byId("table").hidden = view.mode !== "table";
  byId("inbox").hidden = view.mode !== "inbox";
}

// ---------------------------------------------------------------- loading

let view: View = viewFromHash();
let loading: AbortController | undefined;

/** Shows `next`, recording it in the URL (a new history entry, so Back goes back). */
function go(next: View): void {
  if (view.mode === "inbox" && !inbox.mayLeave()) return;
  const hash = hashOf(next);
  if (hash !== location.hash) history.pushState(null, "", hash);
  view = next;
  void render();
}

window.addEventListener("popstate", () => {
  view = viewFromHash();
  void render();
});

function graphWhere(v: View): DealGraphWhere {
  const where: DealGraphWhere = { edgeTypes: v.edgeTypes, kinds: v.kinds };
  if (v.from) where.from = v.from;
  if (v.to) where.to = v.to;
  return where;
}

/** Draws the current view; `refresh` keeps the panel and highlights what is new. */
async function render(refresh = false): Promise<void> {
  viewToControls();
  loading?.abort();
  const controller = new AbortController();
  loading = controller;
  if (!refresh) panel.empty(hint());
  try {
    if (isPage(view.mode)) {
      await entityPage.show(view.mode, view.id ?? "", controller.signal, refresh);
    } else if (view.mode === "review") {
      void renderStats(controller.signal);
      await review.load(controller.signal);
    } else if (view.mode === "inbox") {
      await inbox.show(view.draft, controller.signal);
    } else if (view.mode === "table") {
      await table.load(view.table ?? tableFromQuery(new URLSearchParams()), controller.signal);
    } else if (view.mode === "explore") {
      if (!view.id) {
        graph.clear();
        dealList.clear();
        summary.textContent = "";
        void renderStats(controller.signal);
        say("Search for a company or person to see its deals.");
        return;
      }
      if (!view.kinds.length) {
        say("Choose at least one kind of deal.", "error");
        return;
      }
      say("Loading the deal graph…");
      const { dealGraph } = await request(DEAL_GRAPH, { ids: [view.id], depth: view.depth, where: graphWhere(view) }, controller.signal);
      if (controller.signal.aborted) return;
      show(dealGraph, [view.id], refresh);
      const focus = dealGraph.nodes.find((n) => n.id === view.id);
      if (focus) searchBox.set(focus.label);
      void renderStats(controller.signal);
      if (!focus) say("Nothing by that id in the graph.", "error");
      else if (dealGraph.truncated) say("The graph was cut at the API's size limit: lower the depth or filter by kind or date.", "error");
      else say("");
    } else {
      if (!view.pathFrom || !view.pathTo) {
        graph.clear();
        dealList.clear();
        summary.textContent = "";
        say("Choose where the path starts and where it ends.");
        return;
      }
      void renderStats(controller.signal);
      say("Looking for the shortest path…");
      const { shortestPath } = await request(SHORTEST_PATH, { from: view.pathFrom, to: view.pathTo, maxHops: view.maxHops }, controller.signal);
      if (controller.signal.aborted) return;
      if (!shortestPath) {
        graph.clear();
        dealList.clear();
        summary.textContent = "";
        panel.path(null, pathFromBox.value() || view.pathFrom, pathToBox.value() || view.pathTo);
        say("");
        return;
      }
      show(shortestPath, [view.pathFrom, view.pathTo], refresh);
      const names = shortestPath.nodes.map((n) => n.label);
      pathFromBox.set(shortestPath.nodes.find((n) => n.id === view.pathFrom)?.label ?? "");
      pathToBox.set(shortestPath.nodes.find((n) => n.id === view.pathTo)?.label ?? "");
      if (!refresh) panel.path({ length: shortestPath.length, names }, names[0] ?? "", names.at(-1) ?? "");
      say("");
    }
  } catch (error) {
    failed(error);
  }
}

/** Adds `id`'s neighbours (depth 1, with the current filters) to the drawing, keeping what is drawn where it is. */
async function expand(id: string): Promise<void> {
  try {
    say("Adding its neighbours…");
    const { dealGraph } = await request(DEAL_GRAPH, { ids: [id], depth: 1, where: graphWhere(view) });
    const added = graph.expand(dealGraph, id);
    summarize(graph.current);
    say(added ? "" : "Nothing more to add: every neighbour is drawn.");
  } catch (error) {
    failed(error);
  }
}

function show(data: GraphData, focus: string[], highlightNew: boolean): void {
  graph.show(data, focus, highlightNew);
  summarize(data);
}

/** The summary over the graph and the list of its deals, from what is drawn. */
function summarize(data: GraphData): void {
  dealList.show(data);
  const people = data.nodes.filter((n) => n.type === "PERSON").length;
  const companies = data.nodes.length - people;
  // A deal with three investors is three arrows and one deal: deals are counted by their id.
  const { all, involving } = dealsDrawn(data, view.mode === "explore" ? view.id : undefined);
  const focusName = view.mode === "explore" && view.id ? labelOf(view.id) : undefined;
  replace(
    summary,
    `${companies} ${companies === 1 ? "company" : "companies"} · ${people} ${people === 1 ? "person" : "people"} · ${all} ${all === 1 ? "deal" : "deals"}` +
      (focusName && involving !== all ? ` (${involving} of them ${focusName}’s)` : ""),
  );
}

/** The distinct deals a drawing shows, and those `focus` takes part in (what the chart counts). */
function dealsDrawn(data: GraphData, focus?: string): { all: number; involving: number } {
  const all = new Set<string>();
  const involving = new Set<string>();
  for (const e of data.edges) {
    if (e.type !== GraphEdgeType.InvestedIn || !e.investment) continue;
    all.add(e.investment.id);
    if (focus && (e.source === focus || e.target === focus)) involving.add(e.investment.id);
  }
  return { all: all.size, involving: focus ? involving.size : all.size };
}

/** The chart counts the deals the filters let through, as the graph does: the same kinds and dates. */
function statsWhere(v: View): InvestmentWhere | null {
  if (v.mode !== "explore") return null;
  const where: InvestmentWhere = {};
  if (v.id) where.participantId = v.id;
  if (v.kinds.length !== KINDS.length) where.kind = v.kinds;
  if (v.from) where.announcedFrom = v.from;
  if (v.to) where.announcedTo = v.to;
  return Object.keys(where).length ? where : null;
}

/** The filters the chart applies, in words: "" when none. */
function filterNote(v: View): string {
  if (v.mode !== "explore") return "";
  const parts: string[] = [];
  if (v.kinds.length !== KINDS.length) parts.push(v.kinds.map(enumLabel).join(", ").toLowerCase());
  if (v.from && v.to) parts.push(`${v.from} to ${v.to}`);
  else if (v.from) parts.push(`from ${v.from}`);
  else if (v.to) parts.push(`to ${v.to}`);
  return parts.length ? ` (${parts.join("; ")})` : "";
}

async function renderStats(signal: AbortSignal): Promise<void> {
  const chart = byId("chart");
  const focus = view.mode === "explore" ? view.id : undefined;
  const name = focus ? graph.current.nodes.find((n) => n.id === focus)?.label ?? focus : "all companies";
  try {
    const { dealStats } = await request(DEAL_STATS, { groupBy: view.statsBy, where: statsWhere(view) }, signal);
    if (signal.aborted) return;
    const bars = dealStats.buckets.map((b) => ({
      label: b.label,
      value: b.totalUsd,
      title: `${b.label}: ${b.dealCount} ${b.dealCount === 1 ? "deal" : "deals"}, ${b.amountKnownCount ? compactAmount(b.totalUsd) : "amount unknown"}${b.amountKnownCount < b.dealCount ? ` (${b.dealCount - b.amountKnownCount} without an amount)` : ""}`,
    }));
    const { total, unplaced } = dealStats;
    const undated = view.statsBy === "YEAR" && unplaced.dealCount ? `; ${unplaced.dealCount} undated` : "";
    barChart(
      chart,
      bars,
      (v) => (v ? compactAmount(v) : ""),
      `Deal volume in US dollars by ${view.statsBy === "KIND" ? "kind" : "year"}, ${name}${filterNote(view)}: ${total.dealCount} ${total.dealCount === 1 ? "deal" : "deals"}, ${compactAmount(total.totalUsd)}${undated}.`,
    );
  } catch (error) {
    if ((error as Error).name !== "AbortError") replace(chart, h("p", { class: "error" }, `Deal volume unavailable: ${(error as Error).message}`));
  }
}

// ---------------------------------------------------------------- live updates

function watch(): void {
  const client = subscriptions();
  client.on("connected", () => {
    live.textContent = "Live";
    live.className = "on";
    live.title = "Connected: the graph updates as articles are loaded.";
  });
  client.on("closed", () => {
    live.textContent = "Offline";
    live.className = "off";
    live.title = "Not connected to live updates; reconnecting…";
  });
  client.subscribe<{ graphChanged: GraphChange }>(
    { query: GRAPH_CHANGED.toString() },
    {
      next: ({ data }) => data && changed(data.graphChanged),
      error: (error) => console.warn("live updates:", error),
      complete: () => undefined,
    },
  );
}

function changed(change: GraphChange): void {
  const shown = graph.shownIds();
  const named = [change.articleId, ...change.created, ...change.updated, ...change.removed].map((n) => (typeof n === "string" ? n : n.id));
  const relevant = named.some((id) => shown.has(id));
  document.dispatchEvent(new CustomEvent("dealgraph:change", { detail: { change, relevant } }));
  // Any article can make or settle a possible duplicate, or change a page's totals: the review list or the page is fetched again.
  if (view.mode === "review" || isPage(view.mode)) return void render(true);
  // A draft being reviewed is not drawn again (its edits would be lost).
  if (view.mode === "inbox") return;
  if (!relevant) return;
  const verb = change.outcome === "REMOVED" ? "withdrawn" : change.outcome === "CREATED" ? "loaded" : "updated";
  toast(`Article “${change.articleId}” ${verb}: the graph is up to date.`);
  void render(true);
}

function toast(message: string): void {
  const note = h("div", { class: "toast", role: "status" }, message);
  byId("toasts").append(note);
  setTimeout(() => note.remove(), 6_000);
}

// ---------------------------------------------------------------- token

const dialog = byId<HTMLDialogElement>("token-dialog");
const tokenInput = byId<HTMLInputElement>("token-input");

function openTokenDialog(): void {
  tokenInput.value = apiToken();
  if (!dialog.open) dialog.showModal();
}

byId("token-button").addEventListener("click", openTokenDialog);
byId("token-form").addEventListener("submit", (event) => {
  // Both buttons submit the dialog's form; only Save keeps the token.
  if ((event as SubmitEvent).submitter?.getAttribute("value") !== "save") return;
  setApiToken(tokenInput.value);
  byId("token-button").classList.toggle("set", Boolean(apiToken()));
  void reconnectSubscriptions().then(watch);
  void render();
});
byId("token-button").classList.toggle("set", Boolean(apiToken()));

// ---------------------------------------------------------------- start

if (!location.hash) history.replaceState(null, "", hashOf(view));
void render();
watch();
