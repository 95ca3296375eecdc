// "Deals in this view": the deals the graph draws, as a list of buttons beside the canvas,
// for the keyboard and screen readers, which cannot reach a deal on the canvas. One item
// per deal, however many investors (and so edges) it has; choosing one opens its sources
// in the side panel.
import { h, replace } from "../dom.js";
import { compactAmount, partialDate } from "./format.js";
import type { GraphData } from "./graph.js";
import { GraphEdgeType } from "./queries.js";

export interface DealItem {
  /** The deal's id (Investment.id). */
  id: string;
  investors: string[];
  target: string;
  amountUsd: number | null;
  date: string | null;
}

/** The deals among `data`'s edges, one per deal, newest first (undated last), names from its nodes. */
export function dealsOf(data: GraphData): DealItem[] {
  const names = new Map(data.nodes.map((n) => [n.id, n.label]));
  const deals = new Map<string, DealItem>();
  for (const edge of data.edges) {
    if (edge.type !== GraphEdgeType.InvestedIn || !edge.investment) continue;
    const investor = names.get(edge.source) ?? edge.source;
    const deal = deals.get(edge.investment.id);
    if (deal) {
      if (!deal.investors.includes(investor)) deal.investors.push(investor);
      continue;
    }
    deals.set(edge.investment.id, {
      id: edge.investment.id,
      investors: [investor],
      target: names.get(edge.target) ?? edge.target,
      amountUsd: edge.amountUsd ?? null,
      date: edge.date ?? null,
    });
  }
  // Partial dates ("2024", "2024-06") compare as text in time order.
  return [...deals.values()].sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || a.id.localeCompare(b.id));
}

/** One line for a deal: "Meta → Scale AI · $14.3B · June 2025". */
export function dealLine(deal: DealItem): string {
  return [`${deal.investors.join(", ")} → ${deal.target}`, deal.amountUsd !== null ? compactAmount(deal.amountUsd) : "amount unknown", deal.date ? partialDate(deal.date) : "undated"].join(" · ");
}

export class DealList {
  private readonly heading: HTMLElement;
  private readonly list: HTMLOListElement;

  /** `root` is an empty section; `open` is called with the deal's id when an item is chosen. */
  constructor(
    root: HTMLElement,
    private readonly open: (dealId: string) => void,
  ) {
    this.heading = h("h2", { id: `${root.id}-title` }, "Deals in this view");
    this.list = h("ol", { class: "deal-items" });
    root.setAttribute("aria-labelledby", this.heading.id);
    replace(root, this.heading, this.list);
    this.clear();
  }

  show(data: GraphData): void {
    const deals = dealsOf(data);
    this.heading.textContent = `Deals in this view (${deals.length})`;
    replace(this.list, ...deals.map((deal) => h("li", {}, h("button", { type: "button", class: "deal-item", "data-id": deal.id, onclick: () => this.open(deal.id) }, dealLine(deal)))));
    if (!deals.length) this.list.append(h("li", { class: "muted" }, "No deal in this view."));
  }

  /** Empties the list; it stays in its place (a fixed height), so the graph beside it is not resized. */
  clear(): void {
    this.show({ nodes: [], edges: [] });
  }
}
