// Where the screen is too narrow for the panel beside the graph (dashboard.css puts it
// below, at 900 px and less), a detail the user asked for would open out of sight.

const STACKED = "(max-width: 900px)";

/** Scrolls `panel` to the top of the viewport when its heading is below the fold on a narrow screen. */
export function revealPanel(panel: HTMLElement): void {
  if (!window.matchMedia(STACKED).matches) return;
  const heading = panel.querySelector("h2") ?? panel;
  if (heading.getBoundingClientRect().bottom > window.innerHeight || panel.getBoundingClientRect().top < 0) panel.scrollIntoView({ block: "start" });
}
