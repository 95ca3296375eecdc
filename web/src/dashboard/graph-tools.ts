// The controls over the deal graph's canvas: zoom in, zoom out, fit, and download the view
// as PNG or SVG; with the canvas focused, + and - zoom and 0 fits.
import type { GraphView } from "./graph.js";

/** Saves `blob` as `name` through a temporary blob: link (the page's policy allows blob: URLs). */
function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement("a"), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started once click() returns; the URL is freed a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/**
 * Wires the buttons of `toolbar` (each names its action in data-graph) and the keys of the
 * canvas to `graph`. `name` gives the file's name without extension, e.g. "dealgraph-openai".
 */
export function graphTools(graph: GraphView, toolbar: HTMLElement, canvas: HTMLElement, name: () => string): void {
  // On a phone the open legend would cover much of the graph: it starts folded there.
  const legend = canvas.parentElement?.querySelector<HTMLDetailsElement>("details.legend");
  if (legend && matchMedia("(max-width: 600px)").matches) legend.open = false;
  const actions: Record<string, () => void> = {
    "zoom-in": () => graph.zoomBy(1),
    "zoom-out": () => graph.zoomBy(-1),
    fit: () => graph.fit(),
    png: () => download(graph.png(), `${name()}.png`),
    svg: () => download(new Blob([graph.svg()], { type: "image/svg+xml" }), `${name()}.svg`),
  };
  for (const button of toolbar.querySelectorAll<HTMLButtonElement>("button[data-graph]")) {
    const action = actions[button.dataset.graph ?? ""];
    if (!action) throw new Error(`graph toolbar: no action "${button.dataset.graph}" (one of ${Object.keys(actions).join(", ")})`);
    button.addEventListener("click", action);
  }
  const keys: Record<string, () => void> = { "+": actions["zoom-in"], "=": actions["zoom-in"], "-": actions["zoom-out"], "0": actions.fit };
  canvas.addEventListener("keydown", (event) => {
    const action = keys[event.key];
    if (!action || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    action();
  });
}
