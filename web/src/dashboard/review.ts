// The review view: the deals resolution could not tell apart (duplicateCandidates), both
// side by side with their sources, the score and the fields that agreed or conflicted, and
// a person's decision on each: the same deal (mergeDeals) or different deals (markDistinct),
// with a reason, sent with the editor token of this tab. A select switches it to the
// companies or the people whose names leave doubt ("Mistral" and "Mistral AI"): the same
// one (mergeEntities) or different ones (markDistinct).
import { ApiError, apiToken, request, setApiToken } from "../graphql.js";
import { h, replace } from "../dom.js";
import { enumLabel, money, partialDate } from "./format.js";
import {
  type CandidateCompany,
  type CandidateDeal,
  type CandidatePerson,
  DUPLICATE_CANDIDATES,
  type DuplicateCandidate,
  DuplicateKind,
  MARK_DISTINCT,
  MERGE_DEALS,
  MERGE_ENTITIES,
} from "./queries.js";

/** What the review view can list, as its select names it, and what it says of it. */
const KINDS: Record<DuplicateKind, { label: string; hint: string }> = {
  DEAL: {
    label: "Deals",
    hint: "Deals that resolution could not tell apart. Read both, then decide: the same deal (the newer is merged into the older) or different deals. Each decision keeps its reason and can be reverted (revertDecision).",
  },
  COMPANY: {
    label: "Companies",
    hint: "Companies named by a shorter or longer form of the other's name (“Mistral” and “Mistral AI”). Read both, then decide: the same company (the newer is merged into the older, and the articles naming it are read again as naming the older) or different companies. Each decision keeps its reason and can be reverted (revertDecision).",
  },
  PERSON: {
    label: "People",
    hint: "People named by a shorter or longer form of the other's name. Read both, then decide: the same person (the newer is merged into the older, and the articles naming them are read again as naming the older) or different people. Each decision keeps its reason and can be reverted (revertDecision).",
  },
};

export interface ReviewActions {
  /** A decision was taken: the graph changed, so whatever else shows it should be fetched again. */
  decided(): void;
  /** The token field changed the tab's API token. */
  tokenChanged(): void;
}

/** What a failed decision says, in plain words, beside its pair. */
function refusal(error: unknown, verb: string): string {
  const e = error as Error;
  if (e instanceof ApiError && (e.code === "UNAUTHENTICATED" || e.code === "FORBIDDEN")) return `Not ${verb}: ${e.message} Check the editor token above.`;
  return `Not ${verb}: ${e.message}`;
}

function fieldList(fields: readonly string[]): string {
  return fields.length ? fields.map(enumLabel).join(", ") : "none";
}

/** One side of a pair: the deal's facts and each source's article title and evidence. */
function side(deal: CandidateDeal, role: string): HTMLElement {
  const investors = deal.investors.map((i) => i.name).join(", ") + (deal.otherInvestors ? (deal.investors.length ? ", and others" : "others") : "");
  const facts = h("dl", { class: "facts" });
  for (const [term, value] of [
    ["Target", deal.target.name],
    ["Kind", [enumLabel(deal.kind), deal.stage ? enumLabel(deal.stage) : ""].filter(Boolean).join(" · ")],
    ["Announced", partialDate(deal.announcedOn)],
    ["Amount", money(deal.amount)],
    ["Investors", investors || "—"],
  ] as const) {
    facts.append(h("dt", {}, term), h("dd", {}, value));
  }
  const sources = h("ul", { class: "review-sources", "aria-label": `Sources of ${deal.id}` });
  for (const s of deal.sources) {
    sources.append(h("li", {}, h("cite", {}, s.article.title), h("span", { class: "meta" }, ` ${s.article.publisher} · ${partialDate(s.article.publishedOn)}`), h("blockquote", { class: "evidence", lang: s.article.language }, `« ${s.evidence} »`)));
  }
  return h(
    "section",
    { class: "side", "aria-label": `${role}: ${deal.id}`, "data-deal": deal.id },
    h("p", { class: "kicker" }, role),
    h("h4", {}, deal.id),
    facts,
    h("h5", {}, deal.sources.length === 1 ? "Source" : `Sources (${deal.sources.length})`),
    sources,
  );
}

/** One side of a pair of companies or people: what the graph knows of it and the articles that name it. */
function entitySide(entity: CandidateCompany | CandidatePerson, role: string): HTMLElement {
  const facts = h("dl", { class: "facts" });
  const rows: Array<[string, string]> = [["Also called", entity.aliases.join(", ") || "—"]];
  if (entity.__typename === "Company") rows.push(["Country", entity.country ?? "—"], ["Kind", enumLabel(entity.companyKind)], ["Deals", String(entity.dealCount)]);
  else rows.push(["Roles", entity.roles.map((r) => `${r.title}, ${r.company.name}${r.current ? "" : " (past)"}`).join("; ") || "—"], ["Deals invested in", String(entity.dealCount)]);
  for (const [term, value] of rows) facts.append(h("dt", {}, term), h("dd", {}, value));
  const { totalCount, edges } = entity.articlesConnection;
  const articles = h("ul", { class: "review-sources", "aria-label": `Articles naming ${entity.id}` });
  for (const { node: a } of edges) articles.append(h("li", {}, h("cite", {}, a.title), h("span", { class: "meta" }, ` ${a.publisher} · ${partialDate(a.publishedOn)}`)));
  return h(
    "section",
    { class: "side", "aria-label": `${role}: ${entity.id}`, "data-entity": entity.id },
    h("p", { class: "kicker" }, role),
    h("h4", {}, entity.name, h("span", { class: "meta" }, ` ${entity.id}`)),
    facts,
    h("h5", {}, `Named in ${totalCount} ${totalCount === 1 ? "article" : "articles"}${totalCount > edges.length ? `, the newest ${edges.length} shown` : ""}`),
    articles,
  );
}

export class ReviewView {
  private kind: DuplicateKind = DuplicateKind.Deal;
  private loading?: AbortController;
  private readonly hint = h("p", { class: "hint" }, KINDS.DEAL.hint);
  private readonly kindSelect = h("select", { id: "review-kind" }, ...Object.entries(KINDS).map(([value, { label }]) => h("option", { value }, label)));
  private readonly list = h("ol", { class: "candidates" });
  private readonly status = h("p", { class: "muted", role: "status" });
  private readonly token = h("input", { id: "review-token", type: "password", autocomplete: "off", spellcheck: "false" });

  constructor(
    root: HTMLElement,
    private readonly actions: ReviewActions,
  ) {
    this.token.addEventListener("input", () => {
      setApiToken(this.token.value);
      this.actions.tokenChanged();
    });
    this.kindSelect.addEventListener("change", () => {
      this.kind = this.kindSelect.value as DuplicateKind;
      this.hint.textContent = KINDS[this.kind].hint;
      replace(this.list);
      void this.load();
    });
    replace(
      root,
      h("h2", { id: "review-title" }, "Possible duplicates"),
      h("p", { class: "token-field" }, h("label", { for: "review-kind" }, "What to review"), " ", this.kindSelect),
      this.hint,
      h(
        "p",
        { class: "token-field" },
        h("label", { for: "review-token" }, "Editor token"),
        " ",
        this.token,
        h("span", { class: "meta", id: "review-token-note" }, " Merging and marking distinct are mutations: they need an editor token (one of the API's API_TOKENS). It is kept in this browser tab only."),
      ),
      this.status,
      this.list,
    );
    this.token.setAttribute("aria-describedby", "review-token-note");
  }

  /** Fetches the possible duplicates again and lists them. */
  async load(signal?: AbortSignal): Promise<void> {
    // A later load (another kind chosen, a decision taken) supersedes this one.
    this.loading?.abort();
    const own = new AbortController();
    this.loading = own;
    if (signal?.aborted) own.abort();
    signal?.addEventListener("abort", () => own.abort(), { once: true });
    this.token.value = apiToken();
    this.status.className = "muted";
    this.status.textContent = "Loading possible duplicates…";
    try {
      const { duplicateCandidates } = await request(DUPLICATE_CANDIDATES, { kind: this.kind, first: 20 }, own.signal);
      if (own.signal.aborted) return;
      const items = duplicateCandidates.edges.map((e) => this.item(e.node)).filter((li): li is HTMLLIElement => li !== null);
      replace(this.list, ...items);
      const { totalCount } = duplicateCandidates;
      this.status.textContent =
        totalCount === 0
          ? "No possible duplicates: nothing to review."
          : `${totalCount} possible ${totalCount === 1 ? "duplicate" : "duplicates"}${totalCount > items.length ? `, the newest ${items.length} shown` : ""}.`;
    } catch (error) {
      if ((error as Error).name === "AbortError") return;
      this.status.className = "error";
      this.status.textContent = `Possible duplicates unavailable: ${(error as Error).message}`;
    }
  }

  private item(c: DuplicateCandidate): HTMLLIElement | null {
    const { a, b } = c;
    if (a.__typename === "Investment" && b.__typename === "Investment") {
      return this.pair(c, `${a.target.name}: ${a.id} and ${b.id}`, [side(a, "Newer deal"), side(b, "Older deal")], ["Same deal — merge", "Different deals"], "e.g. same round, reported twice", (why) =>
        request(MERGE_DEALS, { from: a.id, into: b.id, reason: why }),
      );
    }
    if ((a.__typename === "Company" && b.__typename === "Company") || (a.__typename === "Person" && b.__typename === "Person")) {
      const [noun, nouns] = a.__typename === "Company" ? ["company", "companies"] : ["person", "people"];
      return this.pair(c, `${a.name} and ${b.name}`, [entitySide(a, `Newer ${noun}`), entitySide(b, `Older ${noun}`)], [`Same ${noun} — merge`, `Different ${nouns}`], "e.g. the same lab, named short", (why) =>
        request(MERGE_ENTITIES, { from: a.id, into: b.id, reason: why }),
      );
    }
    return null;
  }

  /** A pair listed with its reason field and its two buttons: `merge` merges a into b, the other marks them distinct. */
  private pair(
    c: DuplicateCandidate,
    title: string,
    sides: [HTMLElement, HTMLElement],
    [mergeLabel, distinctLabel]: [string, string],
    example: string,
    sendMerge: (why: string) => Promise<unknown>,
  ): HTMLLIElement {
    const { a, b } = c;
    const headingId = `candidate-${a.id}--${b.id}`;
    const reason = h("input", { type: "text", required: true, maxlength: 2000, placeholder: example });
    const merge = h("button", { type: "button", disabled: true }, mergeLabel);
    const distinct = h("button", { type: "button", disabled: true }, distinctLabel);
    const problem = h("p", { class: "error", role: "alert" });
    const buttons = [merge, distinct];
    reason.addEventListener("input", () => {
      for (const button of buttons) button.disabled = !reason.value.trim();
    });
    const decide = async (verb: string, send: (why: string) => Promise<unknown>) => {
      const why = reason.value.trim();
      if (!why) return;
      for (const button of buttons) button.disabled = true;
      problem.textContent = "";
      try {
        await send(why);
        this.actions.decided();
      } catch (error) {
        problem.textContent = refusal(error, verb);
        for (const button of buttons) button.disabled = !reason.value.trim();
      }
    };
    const form = h(
      "form",
      { class: "decide", "aria-label": `Decide on ${title}` },
      h("label", {}, "Reason ", reason),
      merge,
      distinct,
    );
    // Enter in the reason field decides nothing: only a button does.
    form.addEventListener("submit", (event) => event.preventDefault());
    merge.addEventListener("click", () => void decide("merged", sendMerge));
    distinct.addEventListener("click", () => void decide("marked distinct", (why) => request(MARK_DISTINCT, { a: a.id, b: b.id, reason: why })));
    return h(
      "li",
      { class: "candidate", "aria-labelledby": headingId, "data-a": a.id, "data-b": b.id },
      h("h3", { id: headingId }, title),
      h(
        "p",
        { class: "why" },
        `Score ${c.score}. Agreed: ${fieldList(c.agreed)}. Conflicting: ${fieldList(c.conflicting)}. `,
        c.article ? `Linked when “${c.article.title}” was loaded` : "Linked",
        `, ${new Date(c.foundAt).toLocaleString()}.`,
      ),
      h("div", { class: "pair" }, ...sides),
      form,
      problem,
    );
  }
}
