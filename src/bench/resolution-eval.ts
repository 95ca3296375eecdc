// The scores of `npm run eval:resolution` (src/cli/eval-resolution.ts), kept pure so a unit
// test can check them by hand: how well the deals of a graph group the reports of each
// true deal, counted over pairs of reports, as entity-resolution work scores clusters.

/** One deal report: the deal it truly reports, and the graph's deal it went to. */
export interface PlacedReport {
  truth: string;
  deal: string;
}

export interface PairScores {
  /** Pairs of reports of one true deal in one graph deal. */
  tp: number;
  /** Pairs in one graph deal that report two true deals (wrongly merged). */
  fp: number;
  /** Pairs of reports of one true deal left in two graph deals (missed merges). */
  fn: number;
  /** tp / (tp + fp); 1 when no two reports share a deal (nothing merged, nothing wrongly). */
  precision: number;
  /** tp / (tp + fn); 1 when no true deal has two reports (nothing to merge). */
  recall: number;
}

/** Pairs among n things. */
const pairs = (n: number) => (n * (n - 1)) / 2;

/** How many reports fall under each key. */
function tally(reports: readonly PlacedReport[], key: (r: PlacedReport) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of reports) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
  return counts;
}

const pairsIn = (counts: Map<string, number>) => [...counts.values()].reduce((sum, n) => sum + pairs(n), 0);

/**
 * Pairwise precision and recall of the graph's deals against the truth. Counted from group
 * sizes, not pair by pair: a deal with thousands of reports costs nothing more.
 *
 * @example
 *   pairScores([{ truth: "a", deal: "1" }, { truth: "a", deal: "1" }, { truth: "b", deal: "1" }])
 *   // { tp: 1, fp: 2, fn: 0, precision: 1/3, recall: 1 }
 */
export function pairScores(reports: readonly PlacedReport[]): PairScores {
  // A NUL cannot occur in either id, so the pair key cannot be two other ids joined.
  const tp = pairsIn(tally(reports, (r) => `${r.truth}\u0000${r.deal}`));
  const fp = pairsIn(tally(reports, (r) => r.deal)) - tp;
  const fn = pairsIn(tally(reports, (r) => r.truth)) - tp;
  return { tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
}

/**
 * Of the links between two graph deals (possible duplicates left for a person to decide),
 * how many join deals that hold reports of one true deal: the links a person would confirm.
 */
export function linksOfOneTruth(links: ReadonlyArray<readonly [string, string]>, reports: readonly PlacedReport[]): number {
  const truthsOf = new Map<string, Set<string>>();
  for (const r of reports) {
    const truths = truthsOf.get(r.deal);
    if (truths) truths.add(r.truth);
    else truthsOf.set(r.deal, new Set([r.truth]));
  }
  const shareTruth = (a: string, b: string) => [...(truthsOf.get(a) ?? [])].some((t) => truthsOf.get(b)?.has(t));
  return links.filter(([a, b]) => shareTruth(a, b)).length;
}
