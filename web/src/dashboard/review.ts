// The review view: the deals resolution could not tell apart (duplicateCandidates), both
// side by side with their sources, the score and the fields that agreed or conflicted, and
// a person's decision on each: the same deal (mergeDeals) or different deals (markDistinct),
// with a reason, sent with the editor token of this tab.
import { ApiError, apiToken, request, setApiToken } from "../graphql.js";
import { h, replace } from "../dom.js";
import { enumLabel, money, partialDate } from "./format.js";
import { type CandidateDeal, DUPLICATE_CANDIDATES, type DuplicateCandidate, MARK_DISTINCT, MERGE_DEALS } from "./queries.js";

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

export class ReviewView {
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
    replace(
      root,
      h("h2", { id: "review-title" }, "Possible duplicates"),
      h("p", { class: "hint" }, "Deals that resolution could not tell apart. Read both, then decide: the same deal (the newer is merged into the older) or different deals. Each decision keeps its reason and can be reverted (revertDecision)."),
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
    this.token.value = apiToken();
    this.status.className = "muted";
    this.status.textContent = "Loading possible duplicates…";
    try {
      const { duplicateCandidates } = await request(DUPLICATE_CANDIDATES, { first: 20 }, signal);
      if (signal?.aborted) return;
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
    if (a.__typename !== "Investment" || b.__typename !== "Investment") return null;
    const title = `${a.target.name}: ${a.id} and ${b.id}`;
    const headingId = `candidate-${a.id}--${b.id}`;
    const reason = h("input", { type: "text", required: true, maxlength: 2000, placeholder: "e.g. same round, reported twice" });
    const merge = h("button", { type: "button", disabled: true }, "Same deal — merge");
    const distinct = h("button", { type: "button", disabled: true }, "Different deals");
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
    merge.addEventListener("click", () => void decide("merged", (why) => request(MERGE_DEALS, { from: a.id, into: b.id, reason: why })));
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
      h("div", { class: "pair" }, side(a, "Newer deal"), side(b, "Older deal")),
      form,
      problem,
    );
  }
}
