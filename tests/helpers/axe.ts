// axe-core's accessibility checks, run in a page of the browser tests. The pages'
// Content-Security-Policy refuses inline scripts (page.addScriptTag({ content }) is
// blocked), so axe's source is evaluated through the DevTools protocol (page.evaluate with
// a string), which the policy does not govern: the page keeps its production policy, and
// a violation of it is still reported as a console error.
import { createRequire } from "node:module";
import fs from "node:fs";
import type { AxeResults, ElementContext, ImpactValue, Result, RunOptions } from "axe-core";
import type { Page } from "playwright-core";

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export type Impact = Exclude<ImpactValue, null>;
export const IMPACTS: readonly Impact[] = ["critical", "serious", "moderate", "minor"];

export interface AxeReport {
  /** Every violation, as axe reports it. */
  violations: Result[];
  /** The violations of each impact. */
  byImpact: Record<Impact, Result[]>;
  /** How many violations (rules) of each impact, e.g. { critical: 1, serious: 2, moderate: 0, minor: 0 }. */
  counts: Record<Impact, number>;
}

/**
 * Runs axe on the page as it is now, or on the part `context` names (injecting axe first if
 * this document has none), and sorts the violations by impact.
 *
 * @example
 *   const report = await axeReport(page);
 *   expect(describeViolations(report, ["critical", "serious"])).toEqual([]);
 */
export async function axeReport(page: Page, options: RunOptions = {}, context?: ElementContext): Promise<AxeReport> {
  if (!(await page.evaluate(() => "axe" in globalThis))) await page.evaluate(AXE_SOURCE);
  const results = (await page.evaluate(
    ({ options, context }) => (globalThis as any).axe.run(context ?? (globalThis as any).document, options),
    // Sent as plain JSON: axe's ElementContext type also allows DOM nodes, which makes the
    // check of evaluate's serializable argument recurse too deep for the compiler.
    { options: { resultTypes: ["violations"], ...options } as RunOptions as object, context: (context ?? null) as object | string | null },
  )) as AxeResults;
  const byImpact = Object.fromEntries(IMPACTS.map((impact) => [impact, results.violations.filter((v) => (v.impact ?? "minor") === impact)])) as Record<Impact, Result[]>;
  const counts = Object.fromEntries(IMPACTS.map((impact) => [impact, byImpact[impact].length])) as Record<Impact, number>;
  return { violations: results.violations, byImpact, counts };
}

/** One line per violation of these impacts: rule, impact, help, and the first elements it names (for a failing test's message). */
export function describeViolations(report: AxeReport, impacts: readonly Impact[] = ["critical", "serious"]): string[] {
  return impacts.flatMap((impact) =>
    report.byImpact[impact].map((v) => {
      const targets = v.nodes.slice(0, 4).map((n) => `${n.target.join(" ")}${n.failureSummary ? ` (${n.failureSummary.replace(/\s+/g, " ").slice(0, 160)})` : ""}`);
      return `${v.id} [${impact}] ${v.help}: ${v.nodes.length} element(s): ${targets.join("; ")}`;
    }),
  );
}
