// A draft's article text with each fact's evidence marked in place: the text is cut at
// every span's ends, and each piece a fact's evidence covers becomes a <mark> naming the
// facts it belongs to (data-facts), so overlapping passages (a deal and a role read from
// the same sentence) stay one run of text. Text always goes in as text, never as HTML.
import { h, replace } from "../dom.js";

/** A passage of the body: UTF-16 offsets, end excluded (as String.prototype.slice). */
export interface Span {
  start: number;
  end: number;
}

/** A fact whose evidence is marked, or an entity's mention (marked lightly): its key and its passage. */
export interface Marked {
  key: string;
  span: Span | null | undefined;
  mention?: boolean;
}

export class DraftText {
  constructor(private readonly root: HTMLElement) {}

  /** Shows `body` with each fact's passage marked; spans outside the body are ignored. */
  show(body: string, facts: Marked[]): void {
    const spans = facts.filter((f): f is Marked & { span: Span } => Boolean(f.span) && f.span!.start >= 0 && f.span!.end <= body.length && f.span!.start < f.span!.end);
    const cuts = [...new Set([0, body.length, ...spans.flatMap((f) => [f.span.start, f.span.end])])].sort((a, b) => a - b);
    const pieces: Node[] = [];
    for (let i = 0; i < cuts.length - 1; i++) {
      const [from, to] = [cuts[i]!, cuts[i + 1]!];
      const text = body.slice(from, to);
      const covering = spans.filter((f) => f.span.start <= from && f.span.end >= to);
      const keys = covering.map((f) => f.key).join(" ");
      pieces.push(covering.length ? h("mark", { "data-facts": keys, class: covering.every((f) => f.mention) ? "mention" : null }, text) : document.createTextNode(text));
    }
    replace(this.root, ...pieces);
  }

  /** Highlights the passage of fact `key` (none: clears) and scrolls its start into view. */
  highlight(key: string | null): void {
    let first: HTMLElement | undefined;
    for (const mark of this.root.querySelectorAll<HTMLElement>("mark")) {
      const on = key !== null && (mark.dataset.facts ?? "").split(" ").includes(key);
      mark.classList.toggle("active", on);
      if (on) first ??= mark;
    }
    if (first) this.reveal(first);
  }

  /**
   * Scrolls the text (only the text: scrolling the page would move the fact under the
   * pointer away) so that `mark` is in view, a little down from the top when it was not.
   */
  private reveal(mark: HTMLElement): void {
    const box = this.root.getBoundingClientRect();
    const at = mark.getBoundingClientRect();
    if (at.top >= box.top && at.bottom <= box.bottom) return;
    const margin = Math.max(0, Math.min(box.height / 3, (box.height - at.height) / 2));
    this.root.scrollTo({ top: this.root.scrollTop + at.top - box.top - margin });
  }
}
