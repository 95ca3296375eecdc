// The side panel: what the selected deal, role or entity is, and the articles that say
// so, each with the passage that states it (in the article's language), its title,
// publisher, date and a link; under each source of a deal, how deal resolution matched it
// to the deal. It loads what it shows by id, so the graph, the deal list and the entity
// pages open a deal, role or relation the same way.
import { revealPanel } from "./reveal.js";
import { h, replace, safeHref } from "../dom.js";
import { request } from "../graphql.js";
import { pageHref } from "./entity-page.js";
import { enumLabel, money, partialDate, percent } from "./format.js";
import { ENTITY, INVESTMENT, RELATION, ROLE } from "./queries.js";
import type { EntityView, InvestmentView, MatchField, RelationView, RoleView, SourceMatchView, SourceView } from "./queries.js";

export interface PanelActions {
  explore(id: string): void;
  pathFrom(id: string, name: string): void;
  /** Adds the entity's neighbours to the drawing in place, when canExpand says it is drawn there. */
  expand?(id: string): void;
  canExpand?(id: string): boolean;
}

function facts(rows: Array<[string, string | Node]>): HTMLElement {
  const list = h("dl", { class: "facts" });
  for (const [term, value] of rows) list.append(h("dt", {}, term), h("dd", {}, value));
  return list;
}

function sources(list: SourceView[]): HTMLElement {
  const section = h("section", { class: "sources", "aria-label": "Sources" }, h("h3", {}, list.length === 1 ? "Source" : `Sources (${list.length})`));
  for (const s of list) {
    const a = s.article;
    const href = safeHref(a.url);
    const title = href ? h("a", { href, target: "_blank", rel: "noopener noreferrer" }, a.title) : h("span", {}, a.title);
    section.append(
      h(
        "figure",
        { class: "source" },
        h("blockquote", { class: "evidence", lang: a.language }, `« ${s.evidence} »`),
        h(
          "figcaption",
          {},
          h("cite", {}, title),
          h("span", { class: "meta" }, [a.publisher, partialDate(a.publishedOn), a.source ? `after ${a.source}` : "", a.language.toUpperCase()].filter(Boolean).join(" · ")),
          s.match ? h("span", { class: "meta match" }, matchedBy(s.match)) : "",
        ),
      ),
    );
  }
  if (!list.length) section.append(h("p", { class: "muted" }, "No source."));
  return section;
}

/** A field resolution compared, as the panel words it (the facts above say "Announced", "Amount"...). */
const FIELD_WORDS: Record<MatchField, string> = {
  ANNOUNCED_ON: "date",
  INVESTORS: "investors",
  AMOUNT: "amount",
  VALUATION: "valuation",
  STAKE: "stake",
  STAGE: "stage",
  SOLE_CANDIDATE: "only candidate",
  NAME: "name",
  COUNTRY: "country",
};

const fieldWords = (fields: readonly MatchField[]) => fields.map((f) => FIELD_WORDS[f]).join(", ");

/**
 * Why a source counts as a report of its deal, in one line: "Matched by score 7: date,
 * investors, amount, only candidate", "Made this deal", "Same deal id"..., and the fields it
 * differs on, if any. A NEW source's score and fields are against another deal (the nearest,
 * too far to merge): only the score is said.
 */
function matchedBy(m: SourceMatchView): string {
  const conflicts = m.conflicting.length ? `differs on: ${fieldWords(m.conflicting)}` : "";
  switch (m.method) {
    case "NEW":
      return ["Made this deal", m.score !== null ? `the nearest other deal scored ${m.score}` : ""].filter(Boolean).join(" · ");
    case "ID":
      return ["Same deal id", conflicts].filter(Boolean).join(" · ");
    case "KEY":
      return ["Same target, kind, month and investors", conflicts].filter(Boolean).join(" · ");
    case "SCORE": {
      const score = m.score === null ? "Matched by score" : `Matched by score ${m.score}`;
      return [m.agreed.length ? `${score}: ${fieldWords(m.agreed)}` : score, conflicts].filter(Boolean).join(" · ");
    }
    case "DECISION":
      return m.decision ? `Placed by a person's decision (${m.decision})` : "Placed by a person's decision";
  }
}

function entityLink(entity: { id: string; name: string }, actions: PanelActions): HTMLElement {
  return h("button", { type: "button", class: "link", title: `Explore ${entity.name}'s deals`, onclick: () => actions.explore(entity.id) }, entity.name);
}

/** `focus`: move the keyboard focus to the panel's heading once shown (for a choice made from a list, not from the canvas). */
export interface OpenOptions {
  focus?: boolean;
}

export class Panel {
  /** Bumped by whatever the panel shows next, so that a slower earlier load does not overwrite it. */
  private shown = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly actions: PanelActions,
  ) {}

  empty(message: string): void {
    this.shown++;
    replace(this.root, h("p", { class: "muted hint" }, message));
  }

  loading(what: string): void {
    replace(this.root, h("p", { class: "muted", role: "status" }, `Loading ${what}…`));
  }

  error(message: string): void {
    this.shown++;
    replace(this.root, h("p", { class: "error", role: "alert" }, message));
  }

  /** Loads deal `id` (a plain deal id) and shows it with its sources. */
  openInvestment(id: string, options: OpenOptions = {}): Promise<void> {
    return this.open("deal", () => request(INVESTMENT, { id }).then((d) => d.investment), (i) => this.investment(i), options);
  }

  /** Loads role `id` (a plain role id) and shows it with its sources. */
  openRole(id: string, options: OpenOptions = {}): Promise<void> {
    // node(id:) is asked with typed ids: a slug is unique only within its kind.
    return this.open("role", () => request(ROLE, { id: `Role:${id}` }).then((d) => (d.node?.__typename === "Role" ? d.node : null)), (r) => this.role(r), options);
  }

  /** Loads relation `id` (a plain relation id) and shows it with its sources. */
  openRelation(id: string, options: OpenOptions = {}): Promise<void> {
    return this.open("relation", () => request(RELATION, { id: `CompanyRelation:${id}` }).then((d) => (d.node?.__typename === "CompanyRelation" ? d.node : null)), (r) => this.relation(r), options);
  }

  /** Loads a company or person and shows its details. */
  openEntity(type: "Company" | "Person", id: string, options: OpenOptions = {}): Promise<void> {
    const what = type === "Person" ? "person" : "company";
    return this.open(what, () => request(ENTITY, { id: `${type}:${id}` }).then((d) => (d.node?.__typename === "Company" || d.node?.__typename === "Person" ? d.node : null)), (e) => this.entity(e), options);
  }

  /** Shows what `load` finds, or says it is gone when it finds nothing. */
  private async open<T>(what: string, load: () => Promise<T | null>, render: (found: T) => void, { focus = false }: OpenOptions): Promise<void> {
    const ticket = ++this.shown;
    this.loading(what);
    try {
      const found = await load();
      if (ticket !== this.shown) return;
      if (found) render(found);
      else this.empty(`This ${what} is no longer in the graph.`);
    } catch (error) {
      if (ticket !== this.shown) return;
      this.error((error as Error).message);
    }
    // On a narrow screen the panel sits under the graph: bring what was asked for into view.
    revealPanel(this.root);
    if (focus) this.focus();
  }

  /** Moves the keyboard focus to the panel's heading (or its message), and the panel into view. */
  focus(): void {
    const target = this.root.querySelector<HTMLElement>("h2") ?? this.root.querySelector<HTMLElement>("p");
    if (!target) return;
    target.tabIndex = -1;
    target.focus();
  }

  relation(relation: RelationView): void {
    const subsidiary = relation.type === "SUBSIDIARY_OF";
    replace(
      this.root,
      h("p", { class: "kicker" }, `Relation · ${enumLabel(relation.type)}`),
      h("h2", {}, subsidiary ? `${relation.from.name} is a subsidiary of ${relation.to.name}` : `${relation.from.name} — ${relation.to.name}`),
      facts(
        subsidiary
          ? [
              ["Subsidiary", entityLink(relation.from, this.actions)],
              ["Parent", entityLink(relation.to, this.actions)],
            ]
          : [["Companies", h("span", {}, entityLink(relation.from, this.actions), " and ", entityLink(relation.to, this.actions))]],
      ),
      sources(relation.sources),
    );
  }

  investment(inv: InvestmentView): void {
    const leads = new Set(inv.leadInvestors.map((l) => l.id));
    const investors = h("span", {});
    inv.investors.forEach((i, index) => {
      if (index) investors.append(", ");
      investors.append(entityLink(i, this.actions), leads.has(i.id) ? " (lead)" : "");
    });
    if (inv.otherInvestors) investors.append(", and others");
    replace(
      this.root,
      h("p", { class: "kicker" }, [enumLabel(inv.kind), inv.stage ? enumLabel(inv.stage) : "", enumLabel(inv.status)].filter(Boolean).join(" · ")),
      h("h2", {}, inv.investors.map((i) => i.name).join(", "), " → ", inv.target.name),
      facts([
        ["Amount", money(inv.amount)],
        ["Stake", percent(inv.stakePercent)],
        ["Valuation", money(inv.valuation)],
        ["Announced", partialDate(inv.announcedOn)],
        ["Investors", investors],
        ["Target", entityLink(inv.target, this.actions)],
      ]),
      disagreements(inv.disagreements),
      sources(inv.sources),
    );
  }

  role(role: RoleView): void {
    replace(
      this.root,
      h("p", { class: "kicker" }, role.current ? "Role · current" : "Role · past"),
      h("h2", {}, `${role.person.name} — ${role.title}`),
      facts([
        ["Person", entityLink(role.person, this.actions)],
        ["Company", entityLink(role.company, this.actions)],
        ["Since", partialDate(role.since)],
        ["Until", role.until ? partialDate(role.until) : role.current ? "today" : "—"],
      ]),
      sources(role.sources),
    );
  }

  entity(entity: EntityView): void {
    // A person has no country, description or money raised.
    const company = entity.__typename === "Company" ? entity : undefined;
    const rows: Array<[string, string | Node]> = [];
    if (entity.aliases.length) rows.push(["Also", entity.aliases.join(", ")]);
    if (company?.country) rows.push(["Country", company.country]);
    if (company?.totalRaisedUsd) rows.push(["Raised", money({ value: company.totalRaisedUsd, currency: "USD", usd: company.totalRaisedUsd })]);
    const articles = h("ul", { class: "articles" });
    for (const a of entity.articles) {
      const href = safeHref(a.url);
      articles.append(h("li", {}, href ? h("a", { href, target: "_blank", rel: "noopener noreferrer" }, a.title) : a.title, h("span", { class: "meta" }, ` ${a.publisher} · ${partialDate(a.publishedOn)}`)));
    }
    replace(
      this.root,
      h("p", { class: "kicker" }, entity.__typename),
      h("h2", {}, entity.name),
      company?.description ? h("p", {}, company.description) : null,
      facts(rows),
      h(
        "div",
        { class: "actions" },
        h("a", { class: "button", href: pageHref(entity.__typename === "Person" ? "person" : "company", entity.id) }, "Open page"),
        h("button", { type: "button", onclick: () => this.actions.explore(entity.id) }, "Explore from here"),
        h("button", { type: "button", onclick: () => this.actions.pathFrom(entity.id, entity.name) }, "Path from here…"),
        this.actions.expand && this.actions.canExpand?.(entity.id)
          ? h("button", { type: "button", "data-action": "expand", title: "Add its deals and neighbours to this drawing", onclick: () => this.actions.expand?.(entity.id) }, "Expand in place")
          : null,
      ),
      h("section", { "aria-label": "Articles" }, h("h3", {}, `Articles (${entity.articles.length})`), articles),
    );
  }

  path(summary: { length: number; names: string[] } | null, from: string, to: string): void {
    this.shown++;
    if (!summary) {
      replace(this.root, h("h2", {}, "No path"), h("p", {}, `${from} and ${to} are not connected within the hops allowed.`));
      return;
    }
    replace(
      this.root,
      h("p", { class: "kicker" }, `Path · ${summary.length} ${summary.length === 1 ? "hop" : "hops"}`),
      h("h2", {}, summary.names.join(" → ")),
      h("p", { class: "muted hint" }, "Click a link of the path to read its sources."),
    );
  }
}

/** Where the deal's sources disagree: each field, each value and who gave it (nothing when they agree). */
function disagreements(list: InvestmentView["disagreements"]): Node | string {
  if (!list.length) return "";
  return h(
    "section",
    { class: "disagreements", "aria-label": "Sources disagree" },
    h("h3", {}, "Sources disagree"),
    h(
      "ul",
      {},
      ...list.map((d) =>
        h("li", {}, `${enumLabel(d.field)}: `, d.values.map((v) => `${v.value} (${v.articles.map((a) => a.title).join("; ")})`).join(" vs ")),
      ),
    ),
  );
}
