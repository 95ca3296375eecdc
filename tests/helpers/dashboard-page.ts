// Waiting on the dashboard's graph and clicking its edges, for browser tests. Functions,
// not strings, go to the page: its Content-Security-Policy forbids eval, and Playwright
// evaluates a string predicate with it. They run in the page, where the dashboard puts
// its Cytoscape instance at window.dealgraph.cy.
import type { Page } from "playwright-core";

/** Resolves once the drawn graph has (or, with `present` false, no longer has) every one of `ids`. */
export async function graphHas(page: Page, ids: string[], present = true, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    ({ ids, present }) => {
      const cy = (globalThis as any).dealgraph?.cy;
      return Boolean(cy) && ids.every((id: string) => (cy.getElementById(id).length > 0) === present);
    },
    { ids, present },
    { timeout },
  );
}

/**
 * Where in the viewport the middle of the deal edge from `source` to `target` is drawn: the
 * arrow itself, or for a deal with several investors the investor's line into its diamond.
 */
export async function dealEdgePoint(page: Page, source: string, target: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ source, target }) => {
      const cy = (globalThis as any).dealgraph.cy;
      const reaches = (e: any) => e.target().id() === target || (e.target().hasClass("deal") && e.target().outgoers("node").id() === target);
      const edge = cy.edges('[type = "INVESTED_IN"]').filter((e: any) => e.source().id() === source && reaches(e))[0];
      if (!edge) throw new Error(`no deal edge ${source} → ${target} is drawn`);
      const box = cy.container().getBoundingClientRect();
      const mid = edge.renderedMidpoint();
      return { x: box.left + mid.x, y: box.top + mid.y };
    },
    { source, target },
  );
}
