// The facts of a draft beside its text: entities (matched to the graph, with a link, or
// new; their type; a search to change the match), deals and roles, each with its
// confidence, the rule that proposed it, and Accept / Reject / Edit. An edit form changes
// the draft in place; an edited fact counts as accepted (the reviewer has read it).
// Validation problems are shown next to the field they concern (showProblems). "Add a
// deal", "Add a role" and "Add a company or person" add what the extractor missed
// (dashboard/draft-add.ts), each opening the same form, removable until the draft is saved.
import { INVESTMENT_KINDS, ROUND_STAGES, STAGED_KIND } from "../../../src/domain/vocabulary.js";
import { h, replace } from "../dom.js";
import { pageHref } from "./entity-page.js";
import { compactAmount, enumLabel, partialDate } from "./format.js";
import { addDeal, addEntity, addRole, removeFact } from "./draft-add.js";
import { amountText, type Decision, type DraftDeal, type DraftEntity, type DraftMoney, type DraftProblem, type DraftRole, type EditableDraft, type EntityKind, foldSpaces, PARTIAL_DATE, parseAmount, passageOf, type Proposal } from "./draft-model.js";
import { SearchBox } from "./search.js";

export interface FactActions {
  /** The draft changed (a decision, an edit): it needs saving. */
  changed(): void;
  /** Fact `key` is under the pointer or has the focus (null: none). */
  hover(key: string | null): void;
  failed(error: Error): void;
  /** The text selected in the article text now (or last, if the focus has since left it); "" when none. */
  selection(): string;
  /** Facts were added or removed, or an evidence passage changed: the text's marks need redrawing. */
  marked(): void;
  /** Says something in the draft's status line. */
  say(message: string, kind?: "info" | "error"): void;
}

/** SERIES_C -> "Series C", PRE_SEED -> "Pre seed". */
const stageLabel = (stage: string) => (stage.startsWith("SERIES_") ? `Series ${stage.slice("SERIES_".length)}` : enumLabel(stage));

const DECISION_LABELS: Record<Decision, string> = { ACCEPTED: "Accepted", REJECTED: "Rejected", PENDING: "Proposed" };

/** One card of the list: its element, its summary redrawn after a change, its edit form opened on demand. */
interface Card {
  li: HTMLLIElement;
  refresh(): void;
  openForm(): HTMLElement;
}

let forms = 0;

const EVIDENCE_MISSING = "Give the passage of the article that states it: select it in the text and press “Use selection”, or type it.";
const EVIDENCE_NOT_IN_TEXT = "Not in the article text: the evidence must be quoted from it word for word.";

/** The control of a card for a problem's field: "amount.currency" exactly, else its first part ("investors[1]" -> investors). */
function fieldOf(card: Element, field: string | null): HTMLElement | null {
  if (!field) return null;
  const find = (name: string) => card.querySelector<HTMLElement>(`[data-field="${CSS.escape(name)}"]`);
  return find(field) ?? find(field.replace(/\[\d+\]/g, "").split(".")[0]!);
}

export class FactList {
  private draft?: EditableDraft;
  private cards = new Map<string, Card>();
  /** Facts added here since the draft was last read from the API: these may be removed. */
  private added = new Set<string>();

  constructor(
    private readonly root: HTMLElement,
    private readonly actions: FactActions,
  ) {}

  show(draft: EditableDraft): void {
    if (draft !== this.draft) this.added.clear();
    this.draft = draft;
    this.cards.clear();
    const section = (id: string, title: string, items: HTMLLIElement[], empty: string, add: HTMLButtonElement) =>
      h(
        "section",
        { class: "fact-group", "aria-labelledby": id },
        h("h3", { id }, title, h("span", { class: "count" }, ` ${items.length}`)),
        items.length ? h("ul", { class: "facts-list" }, ...items) : h("p", { class: "muted" }, empty),
        h("p", { class: "add-fact" }, add),
      );
    replace(
      this.root,
      section("draft-deals-title", "Deals", draft.deals.map((d) => this.card(d, () => this.dealSummary(d), (form) => this.dealForm(d, form))), "No deal proposed: none was read in the text.", this.addButton("Add a deal", () => addDeal(draft).key)),
      section("draft-roles-title", "Roles", draft.roles.map((r) => this.card(r, () => this.roleSummary(r), (form) => this.roleForm(r, form))), "No role proposed.", this.addButton("Add a role", () => addRole(draft).key)),
      section(
        "draft-entities-title",
        "Companies and people",
        draft.entities.map((e) => this.card(e, () => this.entitySummary(e), (form) => this.entityForm(e, form), this.typeSelect(e))),
        "No company or person found.",
        this.addButton("Add a company or person", () => addEntity(draft).key),
      ),
    );
  }

  /** A button adding a fact to the draft: the list is drawn again (forms open stay open) with the new fact's form open and focused. */
  private addButton(label: string, add: () => string): HTMLButtonElement {
    const button = h("button", { type: "button", class: "add" }, `+ ${label}`);
    button.addEventListener("click", () => {
      if (!this.draft) return;
      const key = add();
      this.added.add(key);
      this.redraw([key]);
      this.actions.changed();
      this.actions.marked();
      this.cards.get(key)?.li.querySelector<HTMLElement>(".fact-form input, .fact-form select")?.focus();
    });
    return button;
  }

  /** Draws the list again from the draft, the forms open before (and those of `open`) open again. */
  private redraw(open: string[] = []): void {
    const wasOpen = [...this.cards].filter(([, c]) => c.li.querySelector<HTMLElement>(".fact-form")?.hidden === false).map(([k]) => k);
    this.show(this.draft!);
    for (const key of [...wasOpen, ...open]) this.cards.get(key)?.openForm();
  }

  /** Removes a fact added here (not saved yet); an entity a deal or role still needs stays, and why is said. */
  private remove(key: string): void {
    if (!this.draft) return;
    const refused = removeFact(this.draft, key, (k) => this.nameOf(k));
    if (refused) return this.actions.say(refused, "error");
    const group = this.cards.get(key)?.li.closest(".fact-group")?.getAttribute("aria-labelledby");
    this.added.delete(key);
    this.redraw();
    this.actions.changed();
    this.actions.marked();
    this.actions.say("Removed. Changes not saved yet.");
    // The focus, lost with the card, goes to its group's Add button.
    if (group) this.root.querySelector<HTMLElement>(`[aria-labelledby="${CSS.escape(group)}"] .add-fact button`)?.focus();
  }

  /**
   * What publishing would be refused for, found here before anything is sent: an entity
   * with no name; an accepted deal or role with no target, person or company chosen, or
   * whose evidence is empty or not in the article text word for word.
   */
  problemsBeforePublishing(): DraftProblem[] {
    const d = this.draft;
    if (!d) return [];
    const problem = (key: string, field: string, message: string): DraftProblem => ({ key, field, message, path: `${key}.${field}` });
    const named = (key: string) => d.entities.some((e) => e.key === key);
    const problems = d.entities.filter((e) => !e.name.trim()).map((e) => problem(e.key, "name", "Give its name, as the text writes it."));
    for (const x of d.deals.filter((f) => f.decision === "ACCEPTED")) if (!named(x.target)) problems.push(problem(x.key, "target", "Choose the company the deal is in."));
    for (const r of d.roles.filter((f) => f.decision === "ACCEPTED")) {
      if (!named(r.person)) problems.push(problem(r.key, "person", "Choose who holds the role."));
      if (!named(r.company)) problems.push(problem(r.key, "company", "Choose the company of the role."));
      if (!r.title.trim()) problems.push(problem(r.key, "title", "Give the title, as the text writes it."));
    }
    for (const f of [...d.deals, ...d.roles].filter((x) => x.decision === "ACCEPTED")) {
      const message = !f.evidence.trim() ? EVIDENCE_MISSING : passageOf(d.article.body, f.evidence) ? null : EVIDENCE_NOT_IN_TEXT;
      if (message) problems.push(problem(f.key, "evidence", message));
    }
    return problems;
  }


  /** Redraws every card's summary and decision (after "Accept all proposed"). */
  refresh(): void {
    for (const card of this.cards.values()) card.refresh();
    // Names shown in the forms (an entity named or matched since they were drawn).
    for (const el of this.root.querySelectorAll<HTMLElement>("[data-name-of]")) el.textContent = this.nameOf(el.dataset.nameOf!);
    for (const el of this.root.querySelectorAll<HTMLElement>("[data-lead-of]")) el.setAttribute("aria-label", `${this.nameOf(el.dataset.leadOf!)} led`);
    for (const select of this.root.querySelectorAll<HTMLSelectElement>("select[data-entity-type]")) {
      const labels = new Map(this.entityOptions(select.dataset.entityType as EntityKind));
      for (const option of select.options) option.textContent = labels.get(option.value) ?? option.textContent;
    }
  }

  /**
   * Shows each problem beside its field (opening the fact's form), marks the field
   * aria-invalid, and focuses the first; returns the problems no field of the list holds.
   */
  showProblems(problems: DraftProblem[]): DraftProblem[] {
    this.clearProblems();
    const rest: DraftProblem[] = [];
    let first: HTMLElement | undefined;
    for (const p of problems) {
      const card = p.key ? this.cards.get(p.key) : undefined;
      if (!card) {
        rest.push(p);
        continue;
      }
      const form = card.openForm();
      const field = fieldOf(form.closest(".fact") ?? form, p.field);
      const message = h("p", { class: "field-error", id: `problem-${++forms}` }, p.message);
      if (field) {
        field.setAttribute("aria-invalid", "true");
        field.setAttribute("aria-describedby", message.id);
        (field.closest(".field") ?? field).after(message);
        first ??= field;
      } else {
        card.li.querySelector(".fact-head")!.after(message);
        const button = card.li.querySelector<HTMLElement>(".decision button");
        if (button) first ??= button;
      }
      card.li.classList.add("invalid");
    }
    first?.focus();
    return rest;
  }

  clearProblems(): void {
    for (const e of this.root.querySelectorAll(".field-error")) e.remove();
    for (const e of this.root.querySelectorAll("[aria-invalid]")) e.removeAttribute("aria-invalid");
    for (const e of this.root.querySelectorAll(".fact.invalid")) e.classList.remove("invalid");
  }

  // ------------------------------------------------------------ cards

  private card(fact: Proposal, summary: () => Node[], fillForm: (form: HTMLElement) => void, extra?: HTMLElement): HTMLLIElement {
    const headingId = `fact-${fact.key}`;
    const formId = `fact-form-${fact.key}`;
    const title = h("h4", { id: headingId });
    const state = h("span", { class: "decision-state" });
    const accept = h("button", { type: "button", class: "accept", "aria-pressed": "false", "aria-describedby": headingId }, "Accept");
    const reject = h("button", { type: "button", class: "reject", "aria-pressed": "false", "aria-describedby": headingId }, "Reject");
    const edit = h("button", { type: "button", class: "edit", "aria-expanded": "false", "aria-controls": formId, "aria-describedby": headingId }, "Edit");
    const form = h("div", { class: "fact-form", id: formId, hidden: true });
    let remove: HTMLButtonElement | null = null;
    if (this.added.has(fact.key)) {
      remove = h("button", { type: "button", class: "remove", "aria-describedby": headingId }, "Remove");
      remove.addEventListener("click", () => this.remove(fact.key));
    }
    const li = h(
      "li",
      { class: "fact", "data-key": fact.key, "aria-labelledby": headingId },
      h("div", { class: "fact-head" }, title, h("p", { class: "meta" }, state, ` · confidence ${fact.confidence.toFixed(2)} · rule `, h("code", {}, fact.rule))),
      extra ?? null,
      h("div", { class: "decision", role: "group", "aria-label": "Decision" }, accept, reject, edit, remove),
      form,
    );
    const refresh = () => {
      replace(title, ...summary());
      state.textContent = DECISION_LABELS[fact.decision];
      li.dataset.decision = fact.decision;
      accept.setAttribute("aria-pressed", String(fact.decision === "ACCEPTED"));
      reject.setAttribute("aria-pressed", String(fact.decision === "REJECTED"));
    };
    const decide = (decision: Decision) => {
      fact.decision = fact.decision === decision ? "PENDING" : decision;
      this.actions.changed();
      refresh();
    };
    let filled = false;
    const openForm = () => {
      if (!filled) {
        fillForm(form);
        filled = true;
      }
      form.hidden = false;
      edit.setAttribute("aria-expanded", "true");
      return form;
    };
    accept.addEventListener("click", () => decide("ACCEPTED"));
    reject.addEventListener("click", () => decide("REJECTED"));
    edit.addEventListener("click", () => {
      if (!form.hidden) {
        form.hidden = true;
        edit.setAttribute("aria-expanded", "false");
        return;
      }
      openForm().querySelector<HTMLElement>("input, select")?.focus();
    });
    // An edit is a reading: the fact counts as accepted, and every summary may have changed (a name, a type).
    form.addEventListener("input", () => {
      fact.decision = "ACCEPTED";
      this.actions.changed();
      this.refresh();
    });
    form.addEventListener("change", () => this.refresh());
    li.addEventListener("mouseenter", () => this.actions.hover(fact.key));
    li.addEventListener("mouseleave", () => this.actions.hover(null));
    li.addEventListener("focusin", () => this.actions.hover(fact.key));
    refresh();
    this.cards.set(fact.key, { li, refresh, openForm });
    return li;
  }

  private entity(key: string): DraftEntity | undefined {
    return this.draft?.entities.find((e) => e.key === key);
  }

  private nameOf(key: string): string {
    const e = this.entity(key);
    return e ? (e.matchedName ?? (e.name || "(no name yet)")) : key;
  }

  private dealSummary(d: DraftDeal): Node[] {
    const investors = d.investors.map((k) => this.nameOf(k) + (d.leadInvestors.includes(k) ? " (lead)" : "")).join(", ") || "no investor named";
    const figures = [enumLabel(d.kind), d.stage ? stageLabel(d.stage) : "", d.amount ? compactAmount(d.amount.value, d.amount.currency) : "amount unknown", d.announcedOn ? partialDate(d.announcedOn) : ""].filter(Boolean);
    return [h("span", { class: "who" }, `${this.nameOf(d.target)} ← ${investors}`), h("span", { class: "what" }, figures.join(" · "))];
  }

  private roleSummary(r: DraftRole): Node[] {
    const dates = [r.since ? `since ${partialDate(r.since)}` : "", r.until ? `until ${partialDate(r.until)}` : ""].filter(Boolean).join(", ");
    return [h("span", { class: "who" }, `${this.nameOf(r.person)}: ${r.title || "no title"}, ${this.nameOf(r.company)}`), dates ? h("span", { class: "what" }, dates) : document.createTextNode("")];
  }

  private entitySummary(e: DraftEntity): Node[] {
    const match = e.matchedId
      ? h("a", { href: pageHref(e.type === "Person" ? "person" : "company", e.matchedId), class: "match" }, `matched: ${e.matchedName ?? e.matchedId}`)
      : h("span", { class: "new" }, "new");
    return [h("span", { class: "who" }, e.name || "(no name yet)"), match];
  }

  /** The entity's type, a select always shown: the commonest correction. */
  private typeSelect(e: DraftEntity): HTMLElement {
    const id = `fact-type-${e.key}`;
    const select = h("select", { id, "data-field": "type" }, ...(["Company", "Person"] as EntityKind[]).map((t) => h("option", { value: t, selected: t === e.type }, t)));
    select.addEventListener("change", () => {
      e.type = select.value as EntityKind;
      // A match to an entity of the other type no longer holds.
      e.matchedId = null;
      e.matchedName = null;
      e.decision = "ACCEPTED";
      this.actions.changed();
      this.refresh();
    });
    return h("p", { class: "field inline" }, h("label", { for: id }, "Type"), " ", select);
  }

  // ------------------------------------------------------------ forms

  private entityForm(e: DraftEntity, form: HTMLElement): void {
    const id = `fact-match-${e.key}`;
    const input = h("input", { id, type: "search", "data-field": "matchedId", placeholder: "Search the graph…", spellcheck: "false" });
    // In its paragraph before the search box is made: the box puts its suggestions after it.
    const matchField = h("p", { class: "field match-field" }, h("label", { for: id }, "Same as (in the graph)"), " ", input);
    const box = new SearchBox({
      input,
      onChoose: (chosen) => {
        e.matchedId = chosen.id;
        e.matchedName = chosen.name;
        e.type = chosen.type === "Person" ? "Person" : "Company";
        e.decision = "ACCEPTED";
        const select = form.closest(".fact")?.querySelector<HTMLSelectElement>('select[data-field="type"]');
        if (select) select.value = e.type;
        this.actions.changed();
        this.refresh();
      },
      onError: this.actions.failed,
    });
    if (e.matchedName) box.set(e.matchedName);
    const name = this.text(`fact-name-${e.key}`, "Name", "name", e.name, (v) => (e.name = v));
    const makeNew = h("button", { type: "button" }, "Make it a new one");
    makeNew.addEventListener("click", () => {
      e.matchedId = null;
      e.matchedName = null;
      box.set("");
      e.decision = "ACCEPTED";
      this.actions.changed();
      this.refresh();
    });
    // The graph's entities of the same name, when the extractor could not choose: one click each.
    const candidates = e.candidates.map((c) => {
      const button = h("button", { type: "button" }, c.name, h("span", { class: "meta" }, ` ${c.id}`));
      button.addEventListener("click", () => {
        e.matchedId = c.id;
        e.matchedName = c.name;
        box.set(c.name);
        e.decision = "ACCEPTED";
        this.actions.changed();
        this.refresh();
      });
      return button;
    });
    form.append(name);
    if (candidates.length) form.append(h("p", { class: "field inline candidates-field" }, "Is it ", ...candidates, "?"));
    form.append(matchField, h("p", { class: "field" }, makeNew));
  }

  private dealForm(d: DraftDeal, form: HTMLElement): void {
    const k = d.key;
    const stage = this.select(`fact-stage-${k}`, "Stage", "stage", [["", "—"], ...ROUND_STAGES.map((s) => [s, stageLabel(s)] as [string, string])], d.stage ?? "", (v) => (d.stage = v || null));
    const kind = this.select(`fact-kind-${k}`, "Kind", "kind", INVESTMENT_KINDS.map((s) => [s, enumLabel(s)] as [string, string]), d.kind, (v) => {
      d.kind = v;
      if (v !== STAGED_KIND) d.stage = null;
      stage.hidden = v !== STAGED_KIND;
    });
    stage.hidden = d.kind !== STAGED_KIND;
    form.append(
      kind,
      this.entitySelect(`fact-target-${k}`, "Target", "target", "Company", d.target, (v) => (d.target = v)),
      this.investors(d),
      this.money(`fact-amount-${k}`, "Amount", "amount", d.amount, (m) => (d.amount = m)),
      stage,
      this.date(`fact-announced-${k}`, "Announced on", "announcedOn", d.announcedOn, (v) => (d.announcedOn = v)),
      this.money(`fact-valuation-${k}`, "Valuation", "valuation", d.valuation, (m) => (d.valuation = m)),
      this.number(`fact-stake-${k}`, "Stake (%)", "stakePercent", d.stakePercent, (v) => (d.stakePercent = v)),
      this.evidence(`fact-evidence-${k}`, d),
    );
    if (d.notes.length) form.append(h("ul", { class: "notes", "aria-label": "Notes from the extractor" }, ...d.notes.map((n) => h("li", {}, n))));
  }

  private roleForm(r: DraftRole, form: HTMLElement): void {
    const k = r.key;
    form.append(
      this.entitySelect(`fact-person-${k}`, "Person", "person", "Person", r.person, (v) => (r.person = v)),
      this.entitySelect(`fact-company-${k}`, "Company", "company", "Company", r.company, (v) => (r.company = v)),
      this.text(`fact-title-${k}`, "Title", "title", r.title, (v) => (r.title = v)),
      this.date(`fact-since-${k}`, "Since", "since", r.since, (v) => (r.since = v)),
      this.date(`fact-until-${k}`, "Until", "until", r.until, (v) => (r.until = v)),
      this.evidence(`fact-evidence-${k}`, r),
    );
  }

  /** A select of the draft's entities, `type` first; its labels follow the entities' names (refresh). */
  private entitySelect(id: string, label: string, field: string, type: EntityKind, value: string, set: (v: string) => void): HTMLElement {
    const options = this.entityOptions(type);
    // A fact added before any entity of the kind: nothing chosen yet.
    if (!options.some(([k]) => k === value)) options.unshift(["", "— choose —"]);
    const p = this.select(id, label, field, options, value, set);
    p.querySelector("select")!.dataset.entityType = type;
    return p;
  }

  /** The draft's entities as options, those of `type` first (a reviewer may have the type wrong). */
  private entityOptions(type: EntityKind): Array<[string, string]> {
    const all = this.draft?.entities ?? [];
    const sorted = [...all.filter((e) => e.type === type), ...all.filter((e) => e.type !== type)];
    return sorted.map((e) => [e.key, `${e.matchedName ?? (e.name || "(no name yet)")}${e.type === type ? "" : ` (${e.type.toLowerCase()})`}${e.decision === "REJECTED" ? " — rejected" : ""}`]);
  }

  /** Each entity as a possible investor, with its lead flag. */
  private investors(d: DraftDeal): HTMLElement {
    const rows = (this.draft?.entities ?? []).filter((e) => e.key !== d.target).map((e) => {
      const name = e.matchedName ?? e.name;
      const invests = h("input", { type: "checkbox", checked: d.investors.includes(e.key), "data-investor": e.key });
      const lead = h("input", { type: "checkbox", checked: d.leadInvestors.includes(e.key), disabled: !d.investors.includes(e.key), "aria-label": `${name} led`, "data-lead-of": e.key });
      invests.addEventListener("change", () => {
        d.investors = invests.checked ? [...d.investors, e.key] : d.investors.filter((x) => x !== e.key);
        if (!invests.checked) d.leadInvestors = d.leadInvestors.filter((x) => x !== e.key);
        lead.checked &&= invests.checked;
        lead.disabled = !invests.checked;
      });
      lead.addEventListener("change", () => {
        d.leadInvestors = lead.checked ? [...d.leadInvestors, e.key] : d.leadInvestors.filter((x) => x !== e.key);
      });
      return h("li", {}, h("label", {}, invests, " ", h("span", { "data-name-of": e.key }, name)), h("label", { class: "lead" }, lead, " lead"));
    });
    return h("fieldset", { class: "field investors", "data-field": "investors", tabindex: -1 }, h("legend", {}, "Investors"), h("ul", {}, ...rows));
  }

  /**
   * The passage that states the fact: selected in the article text and taken with "Use
   * selection", or typed. It must be in the text word for word (white space aside); when
   * it is not, the field says so as it is typed.
   */
  private evidence(id: string, fact: DraftDeal | DraftRole): HTMLElement {
    const body = this.draft?.article.body ?? "";
    const input = h("textarea", { id, rows: 3, "data-field": "evidence", spellcheck: "false" });
    input.value = fact.evidence;
    const use = h("button", { type: "button", class: "use-selection" }, "Use selection");
    const check = () => {
      const v = foldSpaces(input.value);
      this.invalid(input, !v || passageOf(body, v) ? "" : EVIDENCE_NOT_IN_TEXT);
    };
    input.addEventListener("input", () => {
      fact.evidence = foldSpaces(input.value);
      fact.evidenceSpan = passageOf(body, fact.evidence);
      check();
      this.actions.marked();
    });
    use.addEventListener("click", () => {
      const chosen = foldSpaces(this.actions.selection());
      if (!chosen) return this.actions.say("Select the passage in the article text first, then press “Use selection”.", "error");
      input.value = chosen;
      input.dispatchEvent(new Event("input", { bubbles: true }));
    });
    if (fact.evidence) check();
    return h(
      "p",
      { class: "field evidence-field" },
      h("label", { for: id }, "Evidence (quoted from the text)"),
      input,
      h("span", { class: "evidence-actions" }, use, h("span", { class: "meta" }, " select the passage in the article text, then press it; or type the passage")),
    );
  }

  private text(id: string, label: string, field: string, value: string, set: (v: string) => void): HTMLElement {
    const input = h("input", { id, type: "text", value, "data-field": field });
    input.addEventListener("input", () => set(input.value.trim()));
    return h("p", { class: "field" }, h("label", { for: id }, label), input);
  }

  private select(id: string, label: string, field: string, options: Array<[string, string]>, value: string, set: (v: string) => void): HTMLElement {
    const select = h("select", { id, "data-field": field }, ...options.map(([v, text]) => h("option", { value: v, selected: v === value }, text)));
    select.addEventListener("change", () => {
      set(select.value);
      select.dispatchEvent(new Event("input", { bubbles: true }));
    });
    return h("p", { class: "field" }, h("label", { for: id }, label), select);
  }

  private date(id: string, label: string, field: string, value: string | null, set: (v: string | null) => void): HTMLElement {
    const input = h("input", { id, type: "text", value: value ?? "", "data-field": field, placeholder: "2025, 2025-06 or 2025-06-13", inputmode: "numeric", size: 12 });
    input.addEventListener("input", () => {
      const v = input.value.trim();
      const ok = !v || PARTIAL_DATE.test(v);
      this.invalid(input, ok ? "" : "A year, year-month or date: 2025, 2025-06, 2025-06-13");
      if (ok) set(v || null);
    });
    return h("p", { class: "field" }, h("label", { for: id }, label), input);
  }

  private number(id: string, label: string, field: string, value: number | null, set: (v: number | null) => void): HTMLElement {
    const input = h("input", { id, type: "text", value: value ?? "", "data-field": field, inputmode: "decimal", size: 6 });
    input.addEventListener("input", () => {
      const v = input.value.trim();
      const n = Number(v.replace(",", "."));
      const ok = !v || (Number.isFinite(n) && n > 0 && n <= 100);
      this.invalid(input, ok ? "" : "A percentage above 0, at most 100");
      if (ok) set(v ? n : null);
    });
    return h("p", { class: "field" }, h("label", { for: id }, label), input);
  }

  /** An amount and its currency: "6B" or "220 million" in the first field, "USD" in the second. */
  private money(id: string, label: string, field: string, value: DraftMoney | null, set: (m: DraftMoney | null) => void): HTMLElement {
    const amount = h("input", { id, type: "text", value: amountText(value?.value), "data-field": field, placeholder: "e.g. 6B or 220M", size: 10 });
    const currency = h("input", { id: `${id}-currency`, type: "text", value: value?.currency ?? "USD", size: 4, maxlength: 3, "aria-label": `${label}: currency`, autocapitalize: "characters", "data-field": `${field}.currency` });
    const update = () => {
      const v = parseAmount(amount.value);
      const code = currency.value.trim().toUpperCase();
      this.invalid(amount, Number.isNaN(v) ? "A number, with a scale if you like: 6B, 220M, 1.5 billion" : "");
      this.invalid(currency, /^[A-Z]{3}$/.test(code) ? "" : "A three-letter currency code: USD, EUR");
      if (Number.isNaN(v) || !/^[A-Z]{3}$/.test(code)) return;
      set(v === null ? null : { value: v, currency: code });
    };
    amount.addEventListener("input", update);
    currency.addEventListener("input", update);
    return h("p", { class: "field" }, h("label", { for: id }, label), h("span", { class: "money" }, amount, currency));
  }

  /** Marks a field the reviewer typed wrong, with the reason next to it. */
  private invalid(input: HTMLInputElement | HTMLTextAreaElement, message: string): void {
    input.setCustomValidity(message);
    const note = input.closest(".field")?.nextElementSibling;
    if (note?.classList.contains("typing-error")) note.remove();
    if (!message) {
      input.removeAttribute("aria-invalid");
      input.removeAttribute("aria-describedby");
      return;
    }
    input.setAttribute("aria-invalid", "true");
    const p = h("p", { class: "field-error typing-error", id: `${input.id}-error` }, message);
    input.setAttribute("aria-describedby", p.id);
    input.closest(".field")?.after(p);
  }
}
