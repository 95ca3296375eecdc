// The table view: deals (or companies, or people) as rows, from the API's connections
// (investments, companies, people): sorted by a column's header, filtered, a page at a
// time by cursor, with the total; and the whole filtered list as CSV, streamed by the
// server (GET /export/<of>.csv, the same filters as query parameters). Its state lives
// in the URL's fragment (#table?of=deals&kind=…&from=…), read and written here for main.ts.
import { apiToken, authHeaders, request } from "../graphql.js";
import { h, replace } from "../dom.js";
import { compactAmount, enumLabel, money, partialDate, percent } from "./format.js";
import {
  CompanyKind,
  type CompanyWhere,
  InvestmentKind,
  type InvestmentWhere,
  type PersonWhere,
  RoundStage,
  TABLE_COMPANIES,
  TABLE_DEALS,
  TABLE_PEOPLE,
  type TableCompany,
  type TableDeal,
  type TablePerson,
} from "./queries.js";

export type TableOf = "deals" | "companies" | "people";
type Direction = "ASC" | "DESC";

/** What the table shows: which listing, its filters and its sort. Every field but `of` may be absent. */
export interface TableState {
  of: TableOf;
  /** Deals: kinds of deal; companies: kinds of company. */
  kind: string[];
  stage: string[];
  from?: string;
  to?: string;
  /** Deals: the amount in US dollars; companies: the total raised. */
  min?: number;
  max?: number;
  investor?: string;
  /** ISO 3166-1 alpha-2 codes: the target's (deals) or the company's country. */
  country: string[];
  /** Companies and people: a name or alias containing this. */
  name?: string;
  /** People: only investors (yes) or only the others (no). */
  invests?: "yes" | "no";
  sort: string;
  dir: Direction;
}

const PAGE_SIZE = 50;
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const COUNTRY = /^[A-Za-z]{2}$/;
const OF: Record<TableOf, { label: string; one: string; many: string; sort: string; dir: Direction }> = {
  deals: { label: "Deals", one: "deal", many: "deals", sort: "ANNOUNCED_ON", dir: "DESC" },
  companies: { label: "Companies", one: "company", many: "companies", sort: "NAME", dir: "ASC" },
  people: { label: "People", one: "person", many: "people", sort: "NAME", dir: "ASC" },
};

/** A column: its header, the sort field its header sorts by (none: not sortable), its cell. */
interface Column<T> {
  header: string;
  sort?: string;
  numeric?: boolean;
  cell: (row: T) => Node | string;
}

const explore = (id: string, name: string) => h("a", { href: `#explore?id=${encodeURIComponent(id)}` }, name);
const usd = (value: number | null | undefined) => (value === null || value === undefined ? "—" : compactAmount(value));

const DEAL_COLUMNS: Array<Column<TableDeal>> = [
  { header: "Date", sort: "ANNOUNCED_ON", cell: (d) => partialDate(d.announcedOn) },
  { header: "Kind", cell: (d) => enumLabel(d.kind) },
  { header: "Stage", cell: (d) => (d.stage ? enumLabel(d.stage) : "—") },
  { header: "Target", cell: (d) => explore(d.target.id, d.target.name) },
  {
    header: "Investors",
    cell: (d) => {
      const shown = d.investors.slice(0, 5);
      const more = d.investors.length > 5 || d.otherInvestors;
      const cell = h("span", { class: "investors" });
      shown.forEach((i, n) => cell.append(...(n ? [", "] : []), explore(i.id, i.name)));
      if (more) cell.append(shown.length ? ", and others" : "others");
      return shown.length || more ? cell : "—";
    },
  },
  { header: "Amount", sort: "AMOUNT_USD", numeric: true, cell: (d) => money(d.amount) },
  { header: "Stake", sort: "STAKE_PERCENT", numeric: true, cell: (d) => percent(d.stakePercent) },
  { header: "Valuation", sort: "VALUATION_USD", numeric: true, cell: (d) => money(d.valuation) },
  { header: "Sources", sort: "SOURCE_COUNT", numeric: true, cell: (d) => String(d.sourceCount) },
];

const COMPANY_COLUMNS: Array<Column<TableCompany>> = [
  { header: "Name", sort: "NAME", cell: (c) => explore(c.id, c.name) },
  { header: "Kind", cell: (c) => enumLabel(c.kind) },
  { header: "Country", cell: (c) => c.country ?? "—" },
  { header: "Deals", sort: "DEAL_COUNT", numeric: true, cell: (c) => String(c.dealCount) },
  { header: "Raised", sort: "TOTAL_RAISED_USD", numeric: true, cell: (c) => usd(c.totalRaisedUsd) },
  { header: "Invested", sort: "TOTAL_INVESTED_USD", numeric: true, cell: (c) => usd(c.totalInvestedUsd) },
  { header: "Latest valuation", sort: "LATEST_VALUATION_USD", numeric: true, cell: (c) => money(c.latestValuation) },
];

const PERSON_COLUMNS: Array<Column<TablePerson>> = [
  { header: "Name", sort: "NAME", cell: (p) => explore(p.id, p.name) },
  {
    header: "Latest role",
    cell: (p) => {
      const role = p.roles[0];
      return role ? h("span", {}, `${role.title}${role.current ? "" : " (former)"}, `, explore(role.company.id, role.company.name)) : "—";
    },
  },
  { header: "Deals", sort: "DEAL_COUNT", numeric: true, cell: (p) => String(p.dealCount) },
  { header: "Invested", sort: "TOTAL_INVESTED_USD", numeric: true, cell: (p) => usd(p.totalInvestedUsd) },
];

const SORTS: Record<TableOf, string[]> = {
  deals: DEAL_COLUMNS.flatMap((c) => c.sort ?? []),
  companies: COMPANY_COLUMNS.flatMap((c) => c.sort ?? []),
  people: PERSON_COLUMNS.flatMap((c) => c.sort ?? []),
};
const KINDS: Record<TableOf, readonly string[]> = { deals: Object.values(InvestmentKind), companies: Object.values(CompanyKind), people: [] };
const STAGES: readonly string[] = Object.values(RoundStage);

// ---------------------------------------------------------------- the URL

/** The table's state from the fragment's parameters (#table?…); what it cannot read is left at its default. */
export function tableFromQuery(p: URLSearchParams): TableState {
  const of: TableOf = p.get("of") === "companies" || p.get("of") === "people" ? (p.get("of") as TableOf) : "deals";
  const list = (name: string, allowed?: readonly string[]) => (p.get(name) ?? "").split(",").filter((v) => v && (!allowed || allowed.includes(v)));
  const text = (name: string) => p.get(name)?.trim() || undefined;
  const date = (name: string) => (PARTIAL_DATE.test(p.get(name) ?? "") ? p.get(name)! : undefined);
  const amount = (name: string) => {
    const n = Number(p.get(name) ?? "");
    return p.get(name) && Number.isFinite(n) && n >= 0 ? n : undefined;
  };
  const sort = SORTS[of].includes(p.get("sort") ?? "") ? p.get("sort")! : OF[of].sort;
  const dir = p.get("dir") === "ASC" || p.get("dir") === "DESC" ? (p.get("dir") as Direction) : sort === OF[of].sort ? OF[of].dir : "DESC";
  return {
    of,
    kind: list("kind", KINDS[of]),
    stage: of === "deals" ? list("stage", STAGES) : [],
    from: of === "deals" ? date("from") : undefined,
    to: of === "deals" ? date("to") : undefined,
    min: of === "people" ? undefined : amount("min"),
    max: of === "people" ? undefined : amount("max"),
    investor: of === "deals" ? text("investor") : undefined,
    country: of === "people" ? [] : list("country").filter((c) => COUNTRY.test(c)).map((c) => c.toUpperCase()),
    name: of === "deals" ? undefined : text("name"),
    invests: of === "people" && (p.get("investor") === "yes" || p.get("investor") === "no") ? (p.get("investor") as "yes" | "no") : undefined,
    sort,
    dir,
  };
}

/** The fragment of a table state: `#table?of=deals&kind=…`, defaults left out. */
export function tableHash(state: TableState): string {
  const p = new URLSearchParams({ of: state.of });
  const set = (name: string, value: string | number | undefined) => value !== undefined && value !== "" && p.set(name, String(value));
  set("kind", state.kind.join(","));
  set("stage", state.stage.join(","));
  set("from", state.from);
  set("to", state.to);
  set("min", state.min);
  set("max", state.max);
  set("investor", state.of === "people" ? state.invests : state.investor);
  set("country", state.country.join(","));
  set("name", state.name);
  if (state.sort !== OF[state.of].sort || state.dir !== OF[state.of].dir) (p.set("sort", state.sort), p.set("dir", state.dir));
  return `#table?${p}`;
}

/** The `where` of the connection: the same filters the export takes (exportQuery). */
function whereOf(state: TableState): InvestmentWhere | CompanyWhere | PersonWhere {
  const some = <T>(list: T[]) => (list.length ? list : undefined);
  const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  if (state.of === "deals") {
    return defined({
      kind: some(state.kind),
      stage: some(state.stage),
      announcedFrom: state.from,
      announcedTo: state.to,
      minUsd: state.min,
      maxUsd: state.max,
      investorNameContains: state.investor,
      targetCountry: some(state.country),
    }) as InvestmentWhere;
  }
  if (state.of === "companies") {
    return defined({ kind: some(state.kind), country: some(state.country), minTotalRaisedUsd: state.min, maxTotalRaisedUsd: state.max, nameContains: state.name }) as CompanyWhere;
  }
  return defined({ nameContains: state.name, investor: state.invests === undefined ? undefined : state.invests === "yes" }) as PersonWhere;
}

/** The export's URL for a state: /export/<of>.csv with the connection's filters and sort as parameters. */
export function exportUrl(state: TableState): string {
  const p = new URLSearchParams();
  for (const [name, value] of Object.entries(whereOf(state))) p.set(name, Array.isArray(value) ? value.join(",") : String(value));
  p.set("orderBy", state.sort);
  p.set("direction", state.dir);
  return `/export/${state.of}.csv?${p}`;
}

// ---------------------------------------------------------------- the view

export interface TableActions {
  /** Show this state (main.ts records it in the URL, then calls load). */
  go(state: TableState): void;
  /** A request failed (main.ts says why, and asks for a token when one is needed). */
  failed(error: unknown): void;
}

interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: Array<{ node: T }>;
}

export class TableView {
  private state?: TableState;
  /** The cursors of the pages before this one (null: the first page), for Previous. */
  private cursors: Array<string | null> = [];
  private after: string | null = null;
  /** The state the controls were drawn for (its hash). */
  private drawn?: string;

  constructor(
    private readonly root: HTMLElement,
    private readonly actions: TableActions,
  ) {}

  /** Shows `state`, from its first page when its filters or sort changed, else the page shown. */
  async load(state: TableState, signal?: AbortSignal): Promise<void> {
    const hash = tableHash(state);
    if (!this.state || tableHash(this.state) !== hash) {
      this.cursors = [];
      this.after = null;
    }
    this.state = state;
    // The controls are drawn when the state changes, before its rows load, and not again
    // when they arrive: a control being used meanwhile is not replaced under the user.
    if (this.drawn !== hash) {
      this.skeleton(state);
      this.drawn = hash;
    }
    await this.fetch(signal);
  }

  private async fetch(signal?: AbortSignal): Promise<void> {
    const state = this.state!;
    this.say("Loading…");
    try {
      const vars = { orderBy: { field: state.sort, direction: state.dir }, first: PAGE_SIZE, after: this.after };
      const page: Page<unknown> =
        state.of === "deals"
          ? (await request(TABLE_DEALS, { ...vars, where: whereOf(state) as InvestmentWhere, orderBy: vars.orderBy as never }, signal)).investments
          : state.of === "companies"
            ? (await request(TABLE_COMPANIES, { ...vars, where: whereOf(state) as CompanyWhere, orderBy: vars.orderBy as never }, signal)).companies
            : (await request(TABLE_PEOPLE, { ...vars, where: whereOf(state) as PersonWhere, orderBy: vars.orderBy as never }, signal)).people;
      if (signal?.aborted) return;
      this.rows(state, page);
    } catch (error) {
      if ((error as Error).name === "AbortError") return;
      this.say((error as Error).message, true);
      this.actions.failed(error);
    }
  }

  private say(message: string, error = false): void {
    const status = this.root.querySelector<HTMLElement>(".table-status");
    if (!status) return;
    status.textContent = message;
    status.classList.toggle("error", error);
  }

  /** The controls for `state`: the listing, its filters, the export link; the table below. */
  private skeleton(state: TableState): void {
    // A control applies its change to the state as it is when it changes, not as it was
    // when drawn: another control may have changed it since, its page still loading.
    const go = (change: Partial<TableState>) => this.actions.go({ ...this.state!, ...change });
    const of = h("select", { id: "table-of", name: "of" }, ...Object.entries(OF).map(([value, o]) => h("option", { value, selected: value === state.of }, o.label)));
    of.addEventListener("change", () => this.actions.go(tableFromQuery(new URLSearchParams({ of: of.value }))));
    const form = h("form", { class: "table-filters", "aria-label": "Table filters" });
    form.addEventListener("submit", (event) => event.preventDefault());
    form.append(h("label", {}, "Show ", of));
    for (const control of this.filters(state, go)) form.append(control);
    const exportLink = h("a", { class: "export", href: exportUrl(state), download: `dealgraph-${state.of}.csv` }, "Export CSV");
    exportLink.addEventListener("click", (event) => void this.exportSigned(event, exportLink));
    form.append(exportLink);
    // The control in use keeps the focus (and what was typed in it) across the redraw.
    const active = document.activeElement instanceof HTMLInputElement || document.activeElement instanceof HTMLSelectElement ? document.activeElement : null;
    const inUse = active && this.root.contains(active) ? { name: active.name, value: active.value } : null;
    replace(this.root, h("h2", { id: "table-title", class: "visually-hidden" }, `${OF[state.of].label} table`), form, h("p", { class: "table-status", role: "status" }), h("div", { class: "table-scroll" }));
    const again = inUse?.name ? form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${inUse.name}"]`) : null;
    if (again && inUse) {
      if (again instanceof HTMLInputElement && again.type !== "checkbox") again.value = inUse.value;
      again.focus();
    }
  }

  /** The filter controls of the listing; each applies itself on change. */
  private filters(state: TableState, go: (change: Partial<TableState>) => void): HTMLElement[] {
    const out: HTMLElement[] = [];
    const text = (name: string, label: string, value: string | undefined, apply: (v: string) => void, attrs: Record<string, string> = {}) => {
      const input = h("input", { type: "text", name, value: value ?? "", spellcheck: "false", ...attrs });
      input.addEventListener("change", () => apply(input.value.trim()));
      out.push(h("label", {}, `${label} `, input));
      return input;
    };
    if (KINDS[state.of].length) {
      const box = h("fieldset", { class: "table-kinds" }, h("legend", {}, "Kind"));
      for (const kind of KINDS[state.of]) {
        // No kind given is every kind: all boxes checked, and all checked is no filter.
        const on = (k: string, now = state) => !now.kind.length || now.kind.includes(k);
        const check = h("input", { type: "checkbox", name: `kind-${kind}`, value: kind, checked: on(kind) });
        check.addEventListener("change", () => {
          const kinds = KINDS[state.of].filter((k) => (k === kind ? check.checked : on(k, this.state)));
          go({ kind: kinds.length === KINDS[state.of].length ? [] : kinds });
        });
        box.append(h("label", { class: "check" }, check, ` ${enumLabel(kind)}`));
      }
      out.push(box);
    }
    if (state.of === "deals") {
      const stage = h("select", { name: "stage" }, h("option", { value: "" }, "Any"), ...STAGES.map((s) => h("option", { value: s, selected: state.stage.length === 1 && state.stage[0] === s }, enumLabel(s))));
      stage.addEventListener("change", () => go({ stage: stage.value ? [stage.value] : [] }));
      out.push(h("label", {}, "Stage ", stage));
      const dates: Array<[string, "from" | "to", string]> = [["Announced from", "from", "2020"], ["to", "to", "2025-06"]];
      for (const [label, key, placeholder] of dates) {
        const input = text(key, label, state[key], (v) => (PARTIAL_DATE.test(v) || !v ? go({ [key]: v || undefined }) : invalid(input, "A year, year-month or date: 2024, 2024-06, 2024-06-13")), { placeholder, size: "10", inputmode: "numeric" });
      }
    }
    if (state.of !== "people") {
      const what = state.of === "deals" ? "Amount" : "Raised";
      for (const [label, key] of [[`${what} from (USD)`, "min"], ["to (USD)", "max"]] as const) {
        const input = h("input", { type: "number", name: key, min: "0", step: "any", value: state[key] ?? "", placeholder: key === "min" ? "1000000" : "" });
        input.addEventListener("change", () => go({ [key]: input.value === "" ? undefined : Number(input.value) }));
        out.push(h("label", {}, `${label} `, input));
      }
      const country = text("country", state.of === "deals" ? "Target country" : "Country", state.country.join(","), (v) => {
        const codes = v.split(",").map((c) => c.trim()).filter(Boolean);
        if (codes.every((c) => COUNTRY.test(c))) go({ country: codes.map((c) => c.toUpperCase()) });
        else invalid(country, "Two-letter country codes, separated by commas: FR, US");
      }, { placeholder: "FR,US", size: "8" });
    }
    if (state.of === "deals") text("investor", "Investor", state.investor, (v) => go({ investor: v || undefined }), { type: "search", placeholder: "e.g. Sequoia" });
    else text("name", "Name", state.name, (v) => go({ name: v || undefined }), { type: "search", placeholder: state.of === "people" ? "e.g. Wang" : "e.g. Mistral" });
    if (state.of === "people") {
      const invests = h("select", { name: "invests" }, ...[["", "Anyone"], ["yes", "Investors only"], ["no", "Non-investors"]].map(([value, label]) => h("option", { value, selected: (state.invests ?? "") === value }, label)));
      invests.addEventListener("change", () => go({ invests: (invests.value || undefined) as TableState["invests"] }));
      out.push(h("label", {}, "Investing ", invests));
    }
    return out;
  }

  /** The rows of a page, the sortable headers, the total and the page buttons. */
  private rows(state: TableState, page: Page<unknown>): void {
    const columns = (state.of === "deals" ? DEAL_COLUMNS : state.of === "companies" ? COMPANY_COLUMNS : PERSON_COLUMNS) as Array<Column<unknown>>;
    const head = h("tr", {});
    for (const column of columns) {
      const sorted = column.sort === state.sort;
      const th = h("th", { scope: "col", class: column.numeric ? "num" : null, "aria-sort": column.sort ? (sorted ? (state.dir === "ASC" ? "ascending" : "descending") : "none") : null });
      if (column.sort) {
        const field = column.sort;
        // Sorted by this column: the other way round; else largest (or newest) first, names A to Z.
        const sort = () => {
          const now = this.state!;
          const dir: Direction = now.sort === field ? (now.dir === "ASC" ? "DESC" : "ASC") : field === "NAME" ? "ASC" : "DESC";
          this.actions.go({ ...now, sort: field, dir });
        };
        th.append(h("button", { type: "button", class: "sort", title: `Sort by ${column.header.toLowerCase()}`, onclick: sort }, column.header, sorted ? (state.dir === "ASC" ? " ▲" : " ▼") : ""));
      } else th.append(column.header);
      head.append(th);
    }
    const body = h("tbody", {});
    for (const { node } of page.edges) body.append(h("tr", {}, ...columns.map((c) => h("td", { class: c.numeric ? "num" : null }, c.cell(node)))));
    if (!page.edges.length) body.append(h("tr", {}, h("td", { colspan: columns.length, class: "muted" }, `No ${OF[state.of].many} match these filters.`)));
    const first = this.cursors.length * PAGE_SIZE;
    const caption = h("caption", {}, page.totalCount ? `${OF[state.of].label} ${first + 1}–${first + page.edges.length} of ${page.totalCount.toLocaleString("en")}` : `No ${OF[state.of].many}`);
    const previous = h("button", { type: "button", disabled: !this.cursors.length }, "Previous");
    previous.addEventListener("click", () => {
      this.after = this.cursors.pop() ?? null;
      void this.fetch();
    });
    const next = h("button", { type: "button", disabled: !page.pageInfo.hasNextPage }, "Next");
    next.addEventListener("click", () => {
      this.cursors.push(this.after);
      this.after = page.pageInfo.endCursor ?? null;
      void this.fetch();
    });
    const total = h("p", { class: "table-total" }, `${page.totalCount.toLocaleString("en")} ${page.totalCount === 1 ? OF[state.of].one : OF[state.of].many}`);
    replace(this.root.querySelector(".table-scroll")!, h("table", { class: "rows" }, caption, h("thead", {}, head), body));
    this.root.querySelector(".table-pages")?.remove();
    this.root.append(h("nav", { class: "table-pages", "aria-label": "Pages" }, total, previous, next));
    this.say("");
  }

  /**
   * With an API token, a plain link cannot carry it: the export is fetched from a link the
   * server signs for this token (POST /export/sign), valid a minute, followed at once, so
   * the download still streams. Without a token the link is followed as it is.
   */
  private async exportSigned(event: Event, link: HTMLAnchorElement): Promise<void> {
    if (!apiToken()) return;
    event.preventDefault();
    try {
      const response = await fetch("/export/sign", { method: "POST", headers: { "content-type": "application/json", ...authHeaders() }, body: JSON.stringify({ url: link.getAttribute("href") }) });
      const body = (await response.json()) as { url?: string; errors?: Array<{ message: string }> };
      if (!response.ok || !body.url) throw new Error(body.errors?.[0]?.message ?? `The export could not be signed (HTTP ${response.status}).`);
      const signed = h("a", { href: body.url, download: link.getAttribute("download"), hidden: true });
      document.body.append(signed);
      signed.click();
      signed.remove();
    } catch (error) {
      this.say((error as Error).message, true);
    }
  }
}

function invalid(input: HTMLInputElement, message: string): void {
  input.setCustomValidity(message);
  input.reportValidity();
  input.addEventListener("input", () => input.setCustomValidity(""), { once: true });
}
