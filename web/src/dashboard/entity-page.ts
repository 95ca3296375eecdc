// A company's or a person's page (#company?id=scale-ai, #person?id=alexandr-wang), in the
// graph's place: totals, the funding timeline, deals received and made, investors, people,
// relations and articles for a company; roles over time and deals made for a person. Each
// deal, role and relation row opens its sources in the side panel, focus moving there.
//
// The totals come from dealStats, which counts each deal once however many sources or
// investors it has, under the definitions the page states beside each figure.
import { DEAL_STATUSES, RAISE_KINDS, UNCOUNTED_STATUSES } from "../../../src/domain/vocabulary.js";
import { h, replace, safeHref } from "../dom.js";
import { request } from "../graphql.js";
import { barChart } from "./chart.js";
import { compactAmount, enumLabel, money, partialDate } from "./format.js";
import type { Panel } from "./panel.js";
import { COMPANY_PAGE, type CompanyPage, type CompanyPageStats, type DealRow, type DealTotal, type InvestmentWhere, PERSON_PAGE } from "./queries.js";

export type PageKind = "company" | "person";
export const PAGE_KINDS: readonly PageKind[] = ["company", "person"];

/** The page's address: `#company?id=scale-ai`. */
export function pageHref(kind: PageKind, id: string): string {
  return `#${kind}?${new URLSearchParams({ id })}`;
}

/** The statuses the totals count: every one but those called off (as totalRaisedUsd and totalInvestedUsd). */
const COUNTED_STATUSES = DEAL_STATUSES.filter((s) => !UNCOUNTED_STATUSES.includes(s));

/** What each total counts, as the API's totalRaisedUsd, totalInvestedUsd and dealCount do; the page says so beside the figure. */
export function totalsWhere(id: string): { raised: InvestmentWhere; invested: InvestmentWhere; participant: InvestmentWhere } {
  return {
    raised: { targetId: id, kind: [...RAISE_KINDS], status: COUNTED_STATUSES },
    invested: { investorId: id, status: COUNTED_STATUSES },
    participant: { participantId: id },
  };
}

type Named = { id: string; name: string };
type Entity = Named & { __typename: "Company" | "Person" };

export class EntityPage {
  constructor(
    private readonly root: HTMLElement,
    private readonly panel: Panel,
  ) {}

  /**
   * Loads and shows the page; says so on the page when nothing has that id. `refresh` (after
   * a change to the graph) keeps what is shown, and where the reader is, until the new page is in.
   */
  async show(kind: PageKind, id: string, signal: AbortSignal, refresh = false): Promise<void> {
    if (!id) return void replace(this.root, h("h2", { tabindex: -1 }, `No ${kind} chosen`), h("p", { class: "muted" }, "Search for a company or person above."));
    const scrolled = this.root.scrollTop;
    if (!refresh) replace(this.root, h("p", { class: "muted", role: "status" }, `Loading the ${kind}'s page…`));
    let content: Node[];
    try {
      content = kind === "company" ? await this.company(id, signal) : await this.person(id, signal);
    } catch (error) {
      if ((error as Error).name !== "AbortError") replace(this.root, h("p", { class: "error", role: "alert" }, (error as Error).message));
      throw error;
    }
    if (signal.aborted) return;
    replace(this.root, ...content);
    if (refresh) return void (this.root.scrollTop = scrolled);
    // Whoever followed a link here lost their focus with it: it goes to the new page's heading.
    if (document.activeElement === document.body || !document.activeElement?.isConnected) this.root.querySelector<HTMLElement>("h2")?.focus();
  }

  private async company(id: string, signal: AbortSignal): Promise<Node[]> {
    const data = await request(COMPANY_PAGE, { id, ...totalsWhere(id) }, signal);
    const c = data.company;
    if (!c) return notFound("company", id);
    return [
      header("Company", c, [
        ["Also", c.aliases.join(", ")],
        ["Country", c.country ?? ""],
        ["Website", c.website ?? ""],
        ["Latest valuation", c.latestValuation ? money(c.latestValuation) : ""],
      ], c.description),
      companyTotals(data),
      timeline(c.name, data.raised),
      section("deals-received", "Deals received", c.received.totalCount, c.received.edges.length, list(c.received.edges.map((e) => this.dealRow(e.node, "received")), "No deal received.")),
      section("investors", "Investors", c.investorTotals.length, c.investorTotals.length, list(c.investorTotals.map((t) => this.investorRow(t)), "No investor known."), "Over the deals received that were not called off, largest total first."),
      section("portfolio", "Portfolio", c.made.totalCount, c.made.edges.length, list(c.made.edges.map((e) => this.dealRow(e.node, "made")), "No deal invested in."), portfolioNote(c.made.edges.map((e) => e.node))),
      this.people(c.executives),
      this.relations(c.id, c.relations),
      articles(c.articles),
    ];
  }

  private async person(id: string, signal: AbortSignal): Promise<Node[]> {
    const data = await request(PERSON_PAGE, { id, invested: totalsWhere(id).invested }, signal);
    const p = data.person;
    if (!p) return notFound("person", id);
    // Roles over time: oldest start first, those whose start is unknown at the top.
    const roles = [...p.roles].sort((a, b) => (a.since ?? "").localeCompare(b.since ?? "") || (a.until ?? "9999").localeCompare(b.until ?? "9999"));
    return [
      header("Person", p, [["Also", p.aliases.join(", ")]]),
      totals([
        ["Deals invested in", String(p.dealCount), "any status", { "data-deals": p.dealCount }],
        figure("Invested", data.invested.total, "deals invested in, any kind, not called off; a syndicated round counts whole for each investor"),
      ]),
      section("roles", "Roles over time", roles.length, roles.length, list(roles.map((r) => this.roleRow(r, r.company, r.title)), "No role known.")),
      section("deals-made", "Deals made", p.made.totalCount, p.made.edges.length, list(p.made.edges.map((e) => this.dealRow(e.node, "made")), "No deal invested in.")),
      articles(p.articles),
    ];
  }

  private dealRow(deal: DealRow, side: "received" | "made"): HTMLElement {
    const who =
      side === "received"
        ? h("span", {}, ...deal.investors.flatMap((i, n) => [n ? ", " : "", entityLink(i)]), deal.otherInvestors ? (deal.investors.length ? ", and others" : "Undisclosed investors") : "", deal.investors.length || deal.otherInvestors ? "" : "Investors unknown")
        : entityLink({ ...deal.target, __typename: "Company" });
    const what = [enumLabel(deal.kind), deal.stage ? enumLabel(deal.stage) : "", deal.status !== "ANNOUNCED" ? enumLabel(deal.status) : ""].filter(Boolean).join(", ");
    const names = side === "received" ? deal.investors.map((i) => i.name).join(", ") || "undisclosed investors" : deal.target.name;
    return row(
      deal.id,
      [who, h("span", { class: "amount" }, deal.amount ? money(deal.amount) : "amount unknown"), h("span", { class: "when" }, partialDate(deal.announcedOn))],
      what,
      this.evidence(`Sources of the deal ${side === "received" ? "from" : "in"} ${names}, ${partialDate(deal.announcedOn)}`, () => this.panel.openInvestment(deal.id, { focus: true })),
    );
  }

  private investorRow(t: CompanyPage["investorTotals"][number]): HTMLElement {
    const deals = h(
      "span",
      { class: "deal-links" },
      ...t.investments.map((d) => this.evidence(`Sources of ${t.investor.name}'s deal of ${partialDate(d.announcedOn)}`, () => this.panel.openInvestment(d.id, { focus: true }), `${partialDate(d.announcedOn)} ›`)),
    );
    return row(
      t.investor.id,
      [h("span", {}, entityLink(t.investor), t.led ? " (lead)" : ""), h("span", { class: "amount" }, t.totalUsd !== null ? compactAmount(t.totalUsd) : "amount unknown"), h("span", { class: "when" }, plural(t.dealCount, "deal"))],
      "",
      deals,
    );
  }

  private roleRow(role: { id: string; title: string; since?: string | null; until?: string | null; current: boolean }, other: Named, title: string, otherType: Entity["__typename"] = "Company"): HTMLElement {
    return row(
      role.id,
      [entityLink({ ...other, __typename: otherType }), h("span", {}, title), h("span", { class: "when tenure" }, tenure(role))],
      role.current ? "current" : "former",
      this.evidence(`Sources of ${other.name}: ${title}, ${tenure(role)}`, () => this.panel.openRole(role.id, { focus: true })),
    );
  }

  private people(roles: CompanyPage["executives"]): Node {
    const current = roles.filter((r) => r.current);
    const former = roles.filter((r) => !r.current);
    const rows = (list_: typeof roles) => list_.map((r) => this.roleRow(r, r.person, r.title, "Person"));
    return section(
      "people",
      "People",
      roles.length,
      roles.length,
      [h("h4", {}, `Current (${current.length})`), list(rows(current), "No current role known."), h("h4", {}, `Former (${former.length})`), list(rows(former), "No former role known.")],
      "Roles held at the company, with their tenure.",
    );
  }

  private relations(id: string, relations: CompanyPage["relations"]): Node {
    const rows = relations.map((r) => {
      const mine = r.from.id === id;
      const other = mine ? r.to : r.from;
      const what = r.type === "SUBSIDIARY_OF" ? (mine ? "Parent" : "Subsidiary") : r.type === "COMPETES_WITH" ? "Competitor" : "Partner";
      return row(r.id, [entityLink({ ...other, __typename: "Company" }), h("span", {}, what)], "", this.evidence(`Sources of ${what.toLowerCase()} ${other.name}`, () => this.panel.openRelation(r.id, { focus: true })));
    });
    return section("relations", "Relations", relations.length, relations.length, list(rows, "No relation known."), "Competitors, partners, parent and subsidiaries.");
  }

  private evidence(label: string, open: () => void, text = "Sources ›"): HTMLElement {
    return h("button", { type: "button", class: "evidence-link", "aria-label": label, title: label, onclick: open }, text);
  }
}

function notFound(kind: PageKind, id: string): Node[] {
  return [h("h2", { tabindex: -1 }, `No ${kind} with the id “${id}”`), h("p", { class: "muted" }, "Search for a company or person above.")];
}

function header(kind: string, entity: Named, rows: Array<[string, string]>, description?: string | null): Node {
  const known = rows.filter(([, value]) => value);
  const facts = h("dl", { class: "facts" });
  for (const [term, value] of known) facts.append(h("dt", {}, term), h("dd", {}, value));
  return h(
    "header",
    { class: "page-header" },
    h("p", { class: "kicker" }, kind),
    h("h2", { tabindex: -1 }, entity.name),
    description ? h("p", {}, description) : "",
    known.length ? facts : "",
    h("p", { class: "actions" }, h("a", { class: "button", href: `#explore?${new URLSearchParams({ id: entity.id })}` }, "Explore its deal graph")),
  );
}

type Figure = [term: string, value: string, definition: string, data: Record<string, string | number>];

/** A total with what it counts: "$15.3B" and "2 deals received (…); 1 without an amount". */
function figure(term: string, total: DealTotal, counted: string): Figure {
  const missing = total.dealCount - total.amountKnownCount;
  const value = total.amountKnownCount ? compactAmount(total.totalUsd) : "none known";
  const definition = `${plural(total.dealCount, "deal")}: ${counted}${missing ? `; ${missing} without an amount, not in the sum` : ""}`;
  return [term, value, definition, { "data-usd": total.totalUsd, "data-deals": total.dealCount }];
}

function companyTotals(data: CompanyPageStats): Node {
  return totals([
    figure("Raised", data.raised.total, "funding rounds and equity stakes received, not called off"),
    figure("Invested", data.invested.total, "deals invested in, any kind, not called off; a syndicated round counts whole for each investor"),
    ["Deals", String(data.participant.total.dealCount), "received or invested in, any kind and status", { "data-deals": data.participant.total.dealCount }],
  ]);
}

function totals(figures: Figure[]): Node {
  return h(
    "section",
    { class: "page-totals", "aria-label": "Totals" },
    ...figures.map(([term, value, definition, data]) =>
      h("div", { class: "total", "data-total": term.toLowerCase(), ...data }, h("span", { class: "term" }, term), h("strong", { class: "value" }, value), h("span", { class: "definition" }, definition)),
    ),
  );
}

function timeline(name: string, raised: CompanyPageStats["raised"]): Node {
  const chart = h("div", { class: "timeline" });
  const bars = raised.buckets.map((b) => ({
    label: b.label,
    value: b.totalUsd,
    title: `${b.label}: ${plural(b.dealCount, "deal")}, ${b.amountKnownCount ? compactAmount(b.totalUsd) : "amount unknown"}${b.amountKnownCount < b.dealCount ? ` (${b.dealCount - b.amountKnownCount} without an amount)` : ""}`,
  }));
  const undated = raised.unplaced.dealCount ? `; ${raised.unplaced.dealCount} undated, not drawn` : "";
  barChart(chart, bars, (v) => (v ? compactAmount(v) : ""), `Raised by year, ${name}: funding rounds and equity stakes received, not called off, in US dollars${undated}.`);
  return section("timeline", "Funding timeline", null, null, chart);
}

function portfolioNote(deals: DealRow[]): string {
  const companies = new Set(deals.map((d) => d.target.id)).size;
  return deals.length ? `${plural(companies, "company", "companies")} invested in.` : "";
}

function articles(list_: CompanyPage["articles"]): Node {
  const items = list_.map((a) => {
    const href = safeHref(a.url);
    return h("li", {}, href ? h("a", { href, target: "_blank", rel: "noopener noreferrer" }, a.title) : a.title, h("span", { class: "meta" }, ` ${a.publisher} · ${partialDate(a.publishedOn)}`));
  });
  return section("articles", "Articles", list_.length, list_.length, list(items, "No article."));
}

/** A section with its heading; "(showing 100 of 340)" when the page holds fewer rows than there are. */
function section(key: string, title: string, total: number | null, shown: number | null, content: Node | Node[], note = ""): Node {
  const id = `page-${key}`;
  const count = total === null || shown === null ? "" : shown < total ? ` (showing ${shown} of ${total})` : ` (${total})`;
  return h("section", { class: `page-section ${key}`, "aria-labelledby": id }, h("h3", { id }, title, h("span", { class: "count" }, count)), note ? h("p", { class: "muted note" }, note) : "", ...[content].flat());
}

function list(items: HTMLElement[], none: string): HTMLElement {
  return items.length ? h("ul", { class: "rows" }, ...items) : h("p", { class: "muted" }, none);
}

function row(id: string, cells: Array<Node | string>, what: string, action: Node): HTMLElement {
  return h("li", { class: "row", "data-id": id }, h("span", { class: "cells" }, ...cells, what ? h("span", { class: "what" }, what) : ""), action);
}

function entityLink(entity: Entity): HTMLElement {
  return h("a", { href: pageHref(entity.__typename === "Person" ? "person" : "company", entity.id) }, entity.name);
}

function tenure(role: { since?: string | null; until?: string | null; current: boolean }): string {
  const from = role.since ? partialDate(role.since) : "start unknown";
  const to = role.until ? partialDate(role.until) : role.current ? "present" : "end unknown";
  return `${from} – ${to}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
