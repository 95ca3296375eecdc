// The review inbox (#inbox, #inbox?id=<draft>): the shared queue of open drafts, newest
// first; a new draft from pasted text or a dropped or chosen file (.txt, .md, .html); and
// a draft's review, its article text on one side with each fact's evidence marked in
// place, its facts on the other (dashboard/draft-facts.ts). Save sends the whole draft with
// the version it was read at, so two reviewers cannot overwrite each other unknowingly;
// Publish loads it as an article (the loader's problems shown on the fields they concern);
// Discard drops it. Everything here is a mutation or an editor's query: it needs a token.
import "../styles/inbox.css";
import { ApiError, apiToken } from "../graphql.js";
import { h, replace } from "../dom.js";
import { DraftText } from "./draft-text.js";
import { FactList } from "./draft-facts.js";
import { acceptAllPending, type DraftProblem, type EditableDraft, PARTIAL_DATE } from "./draft-model.js";

/** A draft as the queue lists it. */
export interface QueueItem {
  id: string;
  title: string;
  createdBy: string | null;
  updatedBy: string | null;
  createdAt: string;
  updatedAt: string | null;
  entities: number;
  deals: number;
  roles: number;
}

export type DraftFormat = "TEXT" | "MARKDOWN" | "HTML";

export interface NewDraft {
  content: string;
  format: DraftFormat;
  fileName: string | null;
  language: string | null;
  publishedOn: string | null;
  url: string | null;
}

/** Who acts: the name the reviewer gave, if any (the API adds the token's fingerprint). */
type By = string | null;

/** What the inbox asks of the API (dashboard/draft-api.ts). */
export interface DraftApi {
  queue(signal?: AbortSignal): Promise<QueueItem[]>;
  create(input: NewDraft, by: By): Promise<string>;
  draft(id: string, signal?: AbortSignal): Promise<EditableDraft | null>;
  /** Saves the draft as edited, at the version it was read; resolves with the draft as saved. */
  save(draft: EditableDraft, by: By): Promise<EditableDraft>;
  /** Publishes the saved draft; the draft as it now is (PUBLISHED, or OPEN with the problems that kept it out). */
  publish(id: string, version: number, by: By): Promise<{ published: boolean; draft: EditableDraft; problems: DraftProblem[] }>;
  discard(id: string, version: number, by: By): Promise<void>;
  /** The company whose deal the article reports (for the link to the graph). */
  articleFocus(articleId: string): Promise<{ id: string; name: string } | null>;
}

export interface InboxActions {
  /** Shows the queue (null) or a draft. */
  go(id: string | null): void;
  /** Opens the dashboard's token dialog. */
  openToken(): void;
  /** An article was published: whatever shows the graph should fetch it again. */
  published(): void;
}

const REVIEWER_KEY = "dealgraph.reviewer";

const FORMATS: Record<string, DraftFormat> = { txt: "TEXT", text: "TEXT", md: "MARKDOWN", markdown: "MARKDOWN", html: "HTML", htm: "HTML" };
/** The largest file the inbox reads (the API has its own limit). */
const MAX_FILE_BYTES = 2_000_000;

const isAuthError = (e: unknown) => e instanceof ApiError && (e.code === "UNAUTHENTICATED" || e.code === "FORBIDDEN");
const isConflict = (e: unknown): e is ApiError => e instanceof ApiError && e.code === "CONFLICT";

/** The name this reviewer gave (kept in this browser), sent with each change as `by`. */
function reviewer(): By {
  return localStorage.getItem(REVIEWER_KEY) || null;
}

function when(iso: string | null | undefined): string {
  if (!iso) return "";
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export class InboxView {
  private loading?: AbortController;
  private draft?: EditableDraft;
  private dirty = false;
  private busy = false;
  // The open draft's parts that saving, publishing and their answers update.
  private status?: HTMLElement;
  private saveButton?: HTMLButtonElement;
  private facts?: FactList;
  private problems?: HTMLElement;
  /** Ends the open draft's watch on the text selection (for "Use selection"). */
  private selectionWatch?: AbortController;

  constructor(
    private readonly root: HTMLElement,
    private readonly api: DraftApi,
    private readonly actions: InboxActions,
  ) {
    // Closing or reloading the tab asks first when a draft has changes not saved; so does following one of the inbox's links.
    window.addEventListener("beforeunload", (event) => {
      if (this.dirty && !root.hidden) event.preventDefault();
    });
    root.addEventListener("click", (event) => {
      if ((event.target as Element).closest("a[href]") && !this.mayLeave()) event.preventDefault();
    });
  }

  /** Whether the draft may be left: nothing unsaved, or the reviewer agrees to lose it. */
  mayLeave(): boolean {
    if (!this.dirty || this.root.hidden) return true;
    if (!confirm("This draft has changes not saved. Leave it and lose them?")) return false;
    this.dirty = false;
    return true;
  }

  /** Shows the queue (`id` absent) or draft `id`, fetched afresh. */
  async show(id: string | undefined, signal?: AbortSignal): Promise<void> {
    this.loading?.abort();
    const own = new AbortController();
    this.loading = own;
    signal?.addEventListener("abort", () => own.abort(), { once: true });
    if (!apiToken()) return this.needToken();
    if (id) await this.showDraft(id, own.signal);
    else await this.showQueue(own.signal);
  }

  private needToken(message = "The inbox is for editors: it needs an editor token (one of the API's API_TOKENS)."): void {
    const button = h("button", { type: "button", class: "primary" }, "Paste a token…");
    button.addEventListener("click", () => this.actions.openToken());
    replace(this.root, h("h2", { id: "inbox-title", tabindex: -1 }, "Inbox"), h("p", { class: "error", role: "alert" }, message, " ", button));
  }

  private failed(where: HTMLElement, error: unknown, what: string): void {
    if ((error as Error).name === "AbortError") return;
    if (isAuthError(error)) return this.needToken(`${what}: ${(error as Error).message} The inbox needs an editor token.`);
    where.className = "error";
    where.setAttribute("role", "alert");
    where.textContent = `${what}: ${(error as Error).message}`;
  }

  // ------------------------------------------------------------ the queue

  private async showQueue(signal: AbortSignal): Promise<void> {
    this.draft = undefined;
    this.dirty = false;
    const status = h("p", { class: "muted", role: "status", id: "queue-status" }, "Loading the drafts…");
    const list = h("ol", { class: "queue", "aria-labelledby": "queue-title" });
    replace(
      this.root,
      h("h2", { id: "inbox-title", tabindex: -1 }, "Inbox"),
      h("p", { class: "hint" }, "Paste a news article or drop its file: the facts it states are drafted for you to check, correct and publish to the graph. Drafts are kept on the server until published or discarded, and every editor sees the same queue."),
      this.reviewerField(),
      this.newDraftForm(),
      h("h3", { id: "queue-title" }, "Open drafts"),
      status,
      list,
    );
    try {
      const items = await this.api.queue(signal);
      if (signal.aborted) return;
      items.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      replace(list, ...items.map((d) => this.queueItem(d)));
      status.textContent = items.length ? plural(items.length, "open draft", "open drafts") : "No open draft: the queue is empty.";
    } catch (error) {
      this.failed(status, error, "The drafts could not be listed");
    }
  }

  private reviewerField(): HTMLElement {
    const input = h("input", { id: "reviewer-name", type: "text", value: reviewer() ?? "", autocomplete: "name", maxlength: 200, size: 20, "aria-describedby": "reviewer-note" });
    input.addEventListener("change", () => {
      const name = input.value.trim();
      if (name) localStorage.setItem(REVIEWER_KEY, name);
      else localStorage.removeItem(REVIEWER_KEY);
    });
    return h(
      "p",
      { class: "field inline reviewer" },
      h("label", { for: "reviewer-name" }, "Your name"),
      input,
      h("span", { class: "meta", id: "reviewer-note" }, "Recorded with each draft you make, save, publish or discard (with your token's fingerprint), so other reviewers know who did."),
    );
  }

  private queueItem(d: QueueItem): HTMLLIElement {
    const href = `#inbox?${new URLSearchParams({ id: d.id })}`;
    const who = d.updatedBy && d.updatedBy !== d.createdBy ? `${d.createdBy ?? "someone"}, last saved by ${d.updatedBy}` : (d.createdBy ?? "someone");
    return h(
      "li",
      { class: "queue-item", "data-draft": d.id },
      h("a", { href, class: "draft-link" }, d.title || "(untitled)"),
      h("span", { class: "meta" }, ` ${who} · ${when(d.updatedAt ?? d.createdAt)}`),
      h("span", { class: "counts" }, `${plural(d.deals, "deal", "deals")} · ${plural(d.roles, "role", "roles")} · ${plural(d.entities, "entity", "entities")}`),
    );
  }

  private newDraftForm(): HTMLFormElement {
    const text = h("textarea", { id: "draft-text", rows: 8, placeholder: "Paste the article's text here…", spellcheck: "false" });
    const file = h("input", { id: "draft-file", type: "file", accept: ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" });
    const fileNote = h("span", { class: "meta", id: "draft-file-note", "aria-live": "polite" });
    const published = h("input", { id: "draft-published", type: "text", inputmode: "numeric", placeholder: "2025-06-13", size: 11 });
    const url = h("input", { id: "draft-url", type: "url", placeholder: "https://…", size: 30 });
    const language = h("select", { id: "draft-language" }, h("option", { value: "" }, "Detect"), h("option", { value: "en" }, "English"), h("option", { value: "fr" }, "French"));
    const submit = h("button", { type: "submit", class: "primary" }, "Draft the facts");
    const status = h("p", { class: "muted", role: "status" });
    let chosen: { content: string; format: DraftFormat; name: string } | null = null;

    const read = async (f: File) => {
      const ext = f.name.split(".").pop()?.toLowerCase() ?? "";
      const format = FORMATS[ext];
      if (!format) return void ((status.className = "error"), (status.textContent = `“${f.name}” is not a .txt, .md or .html file.`));
      if (f.size > MAX_FILE_BYTES) return void ((status.className = "error"), (status.textContent = `“${f.name}” is larger than ${MAX_FILE_BYTES / 1e6} MB.`));
      chosen = { content: await f.text(), format, name: f.name };
      text.value = "";
      fileNote.textContent = `${f.name} (${format.toLowerCase()}, ${Math.ceil(f.size / 1024)} KB) will be read.`;
      status.className = "muted";
      status.textContent = "";
    };
    file.addEventListener("change", () => file.files?.[0] && void read(file.files[0]));
    text.addEventListener("input", () => {
      if (text.value && chosen) {
        chosen = null;
        file.value = "";
        fileNote.textContent = "";
      }
    });

    const form = h(
      "form",
      { class: "new-draft", "aria-labelledby": "new-draft-title" },
      h("h3", { id: "new-draft-title" }, "New draft"),
      h("p", { class: "field" }, h("label", { for: "draft-text" }, "Article text"), text),
      h("p", { class: "field drop" }, h("label", { for: "draft-file" }, "or a file (.txt, .md, .html): choose it, or drop it on this form"), " ", file, " ", fileNote),
      h(
        "div",
        { class: "new-draft-meta" },
        h("p", { class: "field" }, h("label", { for: "draft-published" }, "Published on (optional)"), published),
        h("p", { class: "field" }, h("label", { for: "draft-url" }, "Address (optional)"), url),
        h("p", { class: "field" }, h("label", { for: "draft-language" }, "Language"), language),
      ),
      h("p", { class: "form-actions" }, submit),
      status,
    );
    form.addEventListener("dragover", (event) => {
      event.preventDefault();
      form.classList.add("dropping");
    });
    form.addEventListener("dragleave", () => form.classList.remove("dropping"));
    form.addEventListener("drop", (event) => {
      event.preventDefault();
      form.classList.remove("dropping");
      const f = event.dataTransfer?.files[0];
      if (f) void read(f);
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const date = published.value.trim();
      if (date && !PARTIAL_DATE.test(date)) {
        published.setAttribute("aria-invalid", "true");
        status.className = "error";
        status.textContent = `Published on: “${date}” is not a date; write 2025, 2025-06 or 2025-06-13.`;
        return void published.focus();
      }
      published.removeAttribute("aria-invalid");
      const content = chosen?.content ?? text.value;
      if (!content.trim()) {
        status.className = "error";
        status.textContent = "Paste the article's text or choose its file first.";
        return void text.focus();
      }
      const input: NewDraft = {
        content,
        format: chosen?.format ?? "TEXT",
        fileName: chosen?.name ?? null,
        language: language.value || null,
        publishedOn: date || null,
        url: url.value.trim() || null,
      };
      submit.disabled = true;
      status.className = "muted";
      status.textContent = "Reading the article…";
      this.api.create(input, reviewer()).then(
        (id) => this.actions.go(id),
        (error) => {
          submit.disabled = false;
          this.failed(status, error, "No draft made");
        },
      );
    });
    return form;
  }

  // ------------------------------------------------------------ a draft

  private async showDraft(id: string, signal: AbortSignal): Promise<void> {
    const status = h("p", { class: "muted", role: "status" }, "Loading the draft…");
    replace(this.root, this.back(), status);
    try {
      const draft = await this.api.draft(id, signal);
      if (signal.aborted) return;
      if (!draft) return void replace(this.root, this.back(), h("h2", { id: "inbox-title", tabindex: -1 }, "No such draft"), h("p", { class: "muted" }, "It was published or discarded, or never existed."));
      this.render(draft);
    } catch (error) {
      this.failed(status, error, "The draft could not be read");
    }
  }

  private back(): HTMLElement {
    return h("p", { class: "back" }, h("a", { href: "#inbox" }, "← All drafts"));
  }

  private render(draft: EditableDraft, focusTitle = true): void {
    this.draft = draft;
    this.dirty = false;
    const textBox = h("div", { class: "article-text", lang: draft.article.language, tabindex: 0, role: "region", "aria-label": "Article text, with each fact's evidence marked" });
    const text = new DraftText(textBox);
    const factsBox = h("div", { class: "draft-facts" });
    const facts = new FactList(factsBox, {
      changed: () => this.changed(),
      hover: (key) => text.highlight(key),
      failed: (error) => this.say(error.message, "error"),
      selection: () => selected(),
      marked: () => showText(),
      say: (message, kind) => this.say(message, kind),
    });
    const showText = () =>
      text.show(draft.article.body, [
        ...draft.deals.map((d) => ({ key: d.key, span: d.evidenceSpan })),
        ...draft.roles.map((r) => ({ key: r.key, span: r.evidenceSpan })),
        ...draft.entities.flatMap((e) => e.mentions.map((span) => ({ key: e.key, span, mention: true }))),
      ]);
    const selected = this.selectionIn(textBox);
    showText();
    facts.show(draft);

    const status = h("p", { class: "draft-status muted", role: "status", id: "draft-status" });
    const problems = h("ul", { class: "draft-problems", "aria-label": "Problems" });
    const acceptAll = h("button", { type: "button" }, "Accept all proposed");
    const save = h("button", { type: "button", class: "primary", id: "draft-save" }, "Save");
    const publish = h("button", { type: "button", class: "primary", id: "draft-publish" }, "Publish");
    const discard = h("button", { type: "button", class: "danger" }, "Discard…");
    acceptAll.addEventListener("click", () => {
      const n = acceptAllPending(draft);
      facts.refresh();
      if (n) this.changed();
      this.say(n ? `${plural(n, "fact", "facts")} accepted.` : "Nothing was left to accept.");
    });
    save.addEventListener("click", () => void this.save());
    publish.addEventListener("click", () => void this.publish());
    discard.addEventListener("click", () => void this.discard());

    replace(
      this.root,
      this.back(),
      h("h2", { id: "inbox-title", tabindex: -1 }, draft.article.title || "(untitled)"),
      h("p", { class: "meta draft-meta" }, this.byline(draft)),
      // Kept in view while the facts scroll.
      h("div", { class: "draft-bar" }, h("div", { class: "draft-toolbar", role: "toolbar", "aria-label": "Draft" }, acceptAll, save, publish, discard), status, problems),
      h("div", { class: "draft-body" }, h("section", { class: "draft-article", "aria-label": "Article" }, textBox, this.articleForm(draft)), h("section", { class: "draft-side", "aria-label": "Facts" }, factsBox)),
    );
    this.status = status;
    this.saveButton = save;
    this.facts = facts;
    this.problems = problems;
    const counts = `${plural(draft.deals.length, "deal", "deals")}, ${plural(draft.roles.length, "role", "roles")} and ${plural(draft.entities.length, "company or person", "companies and people")} proposed`;
    this.say(`${counts}. Accept, correct or reject each, then publish.`);
    if (draft.problems.length) this.showProblems(draft.problems);
    if (focusTitle) this.root.querySelector<HTMLElement>("h2")?.focus();
  }

  /**
   * The text selected in `box`, kept when the focus moves on (to "Use selection") and
   * forgotten when the selection there is collapsed; a function reading it.
   */
  private selectionIn(box: HTMLElement): () => string {
    let last = "";
    this.selectionWatch?.abort();
    this.selectionWatch = new AbortController();
    document.addEventListener(
      "selectionchange",
      () => {
        const s = document.getSelection();
        if (!s || !s.anchorNode || !box.contains(s.anchorNode)) return;
        last = s.isCollapsed ? "" : s.toString();
      },
      { signal: this.selectionWatch.signal },
    );
    return () => {
      const s = document.getSelection();
      return s && !s.isCollapsed && s.anchorNode && box.contains(s.anchorNode) ? s.toString() : last;
    };
  }

  private byline(d: EditableDraft): string {
    const parts = [`Drafted by ${d.createdBy ?? "someone"}${d.createdAt ? `, ${when(d.createdAt)}` : ""}`];
    if (d.version > 1) parts.push(`last saved by ${d.updatedBy}, ${when(d.updatedAt)}`);
    parts.push(`version ${d.version}`);
    return parts.join(" · ");
  }

  /** The article's own fields: what the loader needs besides the facts. */
  private articleForm(d: EditableDraft): HTMLElement {
    const a = d.article;
    const field = (name: keyof typeof a, label: string, attrs: Record<string, string | number> = {}) => {
      const id = `article-${name}`;
      const input = h("input", { id, type: "text", value: (a[name] as string | null) ?? "", "data-field": name, ...attrs });
      const optional = name === "publisher" || name === "url" || name === "source";
      input.addEventListener("input", () => {
        (a as unknown as Record<string, string | null>)[name] = input.value.trim() || (optional ? null : "");
        this.changed();
      });
      return h("p", { class: `field article-${name}` }, h("label", { for: id }, label), input);
    };
    return h(
      "fieldset",
      { class: "article-fields", "data-key": "article" },
      h("legend", {}, "Article"),
      field("title", "Title"),
      field("publisher", "Publisher", { placeholder: "e.g. TechCrunch" }),
      field("publishedOn", "Published on", { placeholder: "2025-06-13", inputmode: "numeric", size: 11 }),
      field("language", "Language", { size: 3, maxlength: 2 }),
      field("url", "Address", { type: "url", placeholder: "https://…" }),
      field("source", "Original reporting (optional)", { placeholder: "e.g. Reuters" }),
      field("articleId", "Article id", { spellcheck: "false" }),
    );
  }

  private changed(): void {
    this.dirty = true;
    this.saveButton?.classList.add("unsaved");
    this.say("Changes not saved yet.");
  }

  private say(message: string, kind: "info" | "error" | "ok" = "info"): void {
    if (!this.status) return;
    this.status.className = `draft-status ${kind === "error" ? "error" : kind === "ok" ? "ok" : "muted"}`;
    this.status.setAttribute("role", kind === "error" ? "alert" : "status");
    this.status.textContent = message;
  }

  /** Saves the draft; false when it could not (a conflict or a refusal, said in the status). */
  private async save(): Promise<boolean> {
    const draft = this.draft;
    if (!draft || this.busy) return false;
    this.busy = true;
    this.say("Saving…");
    try {
      const saved = await this.api.save(draft, reviewer());
      this.busy = false;
      this.render(saved, false);
      this.say(`Saved (version ${saved.version}).`, "ok");
      this.root.querySelector<HTMLElement>("#draft-save")?.focus();
      return true;
    } catch (error) {
      this.busy = false;
      await this.refused(error, "Not saved");
      return false;
    }
  }

  /** Says why a save, publication or discard was refused; a stale version names who saved last. */
  private async refused(error: unknown, what: string): Promise<void> {
    if (isConflict(error) && this.draft) {
      // The API says who changed it and when; the draft as it now is can be loaded in place of this one.
      const details = (error.errors[0]?.extensions ?? {}) as { updatedBy?: string; updatedAt?: string; version?: number; status?: string };
      const current = await this.api.draft(this.draft.id).catch(() => null);
      const who = details.updatedBy ?? current?.updatedBy ?? "another reviewer";
      const at = details.updatedAt ?? current?.updatedAt;
      const version = details.version ?? current?.version;
      const closed = (details.status ?? current?.status) && (details.status ?? current?.status) !== "OPEN";
      this.say("", "error");
      if (closed) return void this.status?.append(`${what}: ${who} already ${String(details.status ?? current?.status).toLowerCase()} this draft${at ? ` (${when(at)})` : ""}.`);
      const reload = h("button", { type: "button", class: "link" }, "Load their version");
      reload.addEventListener("click", () => current && this.render(current));
      this.status?.append(`${what}: ${who} saved this draft${at ? ` at ${when(at)}` : ""} (version ${version ?? "?"}) after you opened it. `, reload, current ? " (your changes here are then lost)." : "");
      return;
    }
    if (isAuthError(error)) return void this.say(`${what}: ${(error as Error).message} Paste an editor token under “API token”.`, "error");
    this.say(`${what}: ${(error as Error).message}`, "error");
  }

  private async publish(): Promise<void> {
    if (!this.draft || this.busy) return;
    // A fact left incomplete, or evidence not in the text, is refused here, on its field, before anything is saved or sent.
    const own = this.facts?.problemsBeforePublishing() ?? [];
    if (own.length) return this.showProblems(own);
    if (this.dirty && !(await this.save())) return;
    const draft = this.draft;
    if (!draft) return;
    this.busy = true;
    this.say("Publishing…");
    try {
      const result = await this.api.publish(draft.id, draft.version, reviewer());
      this.busy = false;
      if (!result.published) {
        // A refused publication is a new version of the draft, which holds its problems (render shows them).
        this.render({ ...result.draft, problems: result.problems }, false);
        return;
      }
      this.dirty = false;
      await this.published(result.draft.publishedArticleId);
    } catch (error) {
      this.busy = false;
      await this.refused(error, "Not published");
    }
  }

  /** Problems beside their fields; the article's own on its fieldset; the rest in the list above. */
  private showProblems(all: DraftProblem[]): void {
    const facts = this.facts;
    if (!facts) return;
    // The loader may name the same field twice for one fault (its schema, then its checks).
    const list = all.filter((p, i) => all.findIndex((q) => q.key === p.key && q.field === p.field && q.message === p.message) === i);
    for (const note of this.root.querySelectorAll(".article-fields .field-error")) note.remove();
    for (const input of this.root.querySelectorAll(".article-fields [aria-invalid]")) input.removeAttribute("aria-invalid");
    const articleField = (p: DraftProblem) => (!p.key && p.field?.startsWith("article.") ? p.field.slice("article.".length) : null);
    const articleProblems = list.filter((p) => articleField(p));
    const rest = facts.showProblems(list.filter((p) => !articleProblems.includes(p)));
    let first: HTMLElement | null = null;
    for (const p of articleProblems) {
      const input = this.root.querySelector<HTMLElement>(`.article-fields [data-field="${CSS.escape(articleField(p)!)}"]`);
      if (!input) {
        rest.push(p);
        continue;
      }
      const note = h("p", { class: "field-error", id: `article-problem-${articleField(p)}-${articleProblems.indexOf(p)}` }, p.message);
      input.setAttribute("aria-invalid", "true");
      input.setAttribute("aria-describedby", note.id);
      input.closest(".field")?.after(note);
      first ??= input;
    }
    replace(this.problems!, ...rest.map((p) => h("li", { class: "error" }, `${p.field ?? p.path}: ${p.message}`)));
    this.say(`Not published: ${plural(list.length, "problem", "problems")} to fix, shown beside ${list.length === 1 ? "its field" : "their fields"}.`, "error");
    // The first field in the page's order takes the focus (facts.showProblems focused its own first).
    if (first && (!document.activeElement || first.compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING)) first.focus();
  }

  private async published(articleId: string | null): Promise<void> {
    const focus = articleId ? await this.api.articleFocus(articleId).catch(() => null) : null;
    const link = focus ? h("a", { href: `#explore?${new URLSearchParams({ id: focus.id })}`, class: "button primary" }, `See ${focus.name}’s deal in the graph`) : null;
    replace(
      this.root,
      this.back(),
      h("h2", { id: "inbox-title", tabindex: -1 }, "Published"),
      h("p", { class: "ok", role: "status" }, `“${this.draft?.article.title ?? ""}” is in the graph${articleId ? ` as article ${articleId}` : ""}.`),
      link ? h("p", {}, link) : null,
    );
    this.draft = undefined;
    this.root.querySelector<HTMLElement>("h2")?.focus();
    this.actions.published();
  }

  private async discard(): Promise<void> {
    const draft = this.draft;
    if (!draft || this.busy) return;
    if (!confirm(`Discard the draft “${draft.article.title}”? It leaves the queue for every reviewer.`)) return;
    this.busy = true;
    try {
      await this.api.discard(draft.id, draft.version, reviewer());
      this.busy = false;
      this.dirty = false;
      this.actions.go(null);
    } catch (error) {
      this.busy = false;
      await this.refused(error, "Not discarded");
    }
  }
}
