// A search box over the `search` query: suggestions as you type, arrow keys and Enter to
// choose (Enter alone takes the best match).
import { request } from "../graphql.js";
import { h } from "../dom.js";
import { SEARCH, type SearchHit } from "./queries.js";

export interface Chosen {
  id: string;
  name: string;
  type: SearchHit["entity"]["__typename"];
}

export interface SearchBoxOptions {
  input: HTMLInputElement;
  onChoose(entity: Chosen): void;
  onError(error: Error): void;
}

let boxes = 0;

export class SearchBox {
  private readonly list: HTMLUListElement;
  private hits: SearchHit[] = [];
  private active = -1;
  private pending?: AbortController;
  private timer?: ReturnType<typeof setTimeout>;
  private lastText = "";

  constructor(private readonly options: SearchBoxOptions) {
    const { input } = options;
    const listId = `search-results-${++boxes}`;
    this.list = h("ul", { id: listId, role: "listbox", class: "suggestions", hidden: true });
    input.after(this.list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("aria-expanded", "false");
    input.autocomplete = "off";
    input.addEventListener("input", () => this.schedule());
    input.addEventListener("keydown", (event) => this.key(event));
    input.addEventListener("blur", () => setTimeout(() => this.close(), 150));
    input.addEventListener("focus", () => this.hits.length && input.value.trim() === this.lastText && this.open());
  }

  /** The text in the box. */
  value(): string {
    return this.options.input.value.trim();
  }

  /** Shows `name` in the box without searching. */
  set(name: string): void {
    this.options.input.value = name;
    this.lastText = name;
    this.close();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.search(), 180);
  }

  /** The hits for the text in the box (searching now if they are not in yet). */
  private async search(): Promise<SearchHit[]> {
    const text = this.options.input.value.trim();
    if (text === this.lastText && this.hits.length) return this.hits;
    this.lastText = text;
    this.pending?.abort();
    if (!text) {
      this.hits = [];
      this.close();
      return [];
    }
    const controller = new AbortController();
    this.pending = controller;
    try {
      const { search } = await request(SEARCH, { text }, controller.signal);
      if (controller.signal.aborted) return [];
      this.hits = search.filter((hit): hit is SearchHit => hit.entity !== null);
      this.render();
      return this.hits;
    } catch (error) {
      if ((error as Error).name !== "AbortError") this.options.onError(error as Error);
      return [];
    }
  }

  private render(): void {
    this.active = this.hits.length ? 0 : -1;
    this.list.replaceChildren(
      ...this.hits.map((hit, i) =>
        h(
          "li",
          { role: "option", id: `${this.list.id}-${i}`, "aria-selected": i === this.active ? "true" : "false", "data-id": hit.entity.id, onmousedown: (e: Event) => (e.preventDefault(), this.choose(i)) },
          h("span", { class: `badge ${hit.entity.__typename.toLowerCase()}` }, hit.entity.__typename === "Person" ? "Person" : "Company"),
          " ",
          hit.entity.name,
          hit.matchedText && hit.matchedText !== hit.entity.name ? h("span", { class: "muted" }, ` (${hit.matchedText})`) : null,
        ),
      ),
    );
    if (!this.hits.length) this.list.append(h("li", { class: "muted", role: "option", "aria-disabled": "true" }, "No company or person by that name."));
    this.open();
  }

  private open(): void {
    this.list.hidden = false;
    this.options.input.setAttribute("aria-expanded", "true");
    this.highlight();
  }

  private close(): void {
    this.list.hidden = true;
    this.options.input.setAttribute("aria-expanded", "false");
  }

  private highlight(): void {
    [...this.list.children].forEach((li, i) => li.setAttribute("aria-selected", i === this.active ? "true" : "false"));
    if (this.active >= 0) this.options.input.setAttribute("aria-activedescendant", `${this.list.id}-${this.active}`);
    else this.options.input.removeAttribute("aria-activedescendant");
  }

  private choose(index: number): void {
    const hit = this.hits[index];
    if (!hit) return;
    this.set(hit.entity.name);
    this.options.onChoose({ id: hit.entity.id, name: hit.entity.name, type: hit.entity.__typename });
  }

  private key(event: KeyboardEvent): void {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!this.hits.length) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      this.active = (this.active + step + this.hits.length) % this.hits.length;
      this.open();
    } else if (event.key === "Enter") {
      event.preventDefault();
      clearTimeout(this.timer);
      void this.search().then((hits) => hits.length && this.choose(Math.max(0, this.list.hidden ? 0 : this.active)));
    } else if (event.key === "Escape") {
      this.close();
    }
  }
}
