// A bar chart in plain SVG (no chart library): one bar per group, its height the value,
// its title the exact figures.
import { h } from "../dom.js";

export interface Bar {
  label: string;
  value: number;
  /** Shown on hover and read by screen readers. */
  title: string;
}

const SVG = "http://www.w3.org/2000/svg";

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** Draws `bars` into `root` (replacing what was there), values written with `format`. */
export function barChart(root: HTMLElement, bars: Bar[], format: (value: number) => string, caption: string): void {
  root.replaceChildren();
  if (!bars.length) {
    root.append(h("p", { class: "muted" }, "No deals to chart."));
    return;
  }
  const width = 560;
  const height = 150;
  const pad = { top: 18, right: 8, bottom: 26, left: 8 };
  const max = Math.max(...bars.map((b) => b.value), 1);
  const slot = (width - pad.left - pad.right) / bars.length;
  const barWidth = Math.max(4, Math.min(48, slot * 0.7));
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": caption, class: "bars" });
  bars.forEach((bar, i) => {
    const x = pad.left + slot * i + (slot - barWidth) / 2;
    const barHeight = ((height - pad.top - pad.bottom) * bar.value) / max;
    const y = height - pad.bottom - barHeight;
    const group = svg("g", { class: "bar" });
    group.append(svg("title", {}, bar.title));
    group.append(svg("rect", { x, y, width: barWidth, height: Math.max(1, barHeight), rx: 2 }));
    group.append(svg("text", { x: x + barWidth / 2, y: y - 4, "text-anchor": "middle", class: "value" }, format(bar.value)));
    group.append(svg("text", { x: x + barWidth / 2, y: height - 8, "text-anchor": "middle", class: "label" }, bar.label));
    chart.append(group);
  });
  root.append(h("figure", {}, chart, h("figcaption", {}, caption)));
}
