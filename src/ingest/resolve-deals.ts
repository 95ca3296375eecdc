// Deal resolution's memory for one run (part of the resolve step, resolve.ts): the deals
// of each target and kind a report may be, as the graph holds them and as the run's
// earlier reports have made them, and the choice among them by score (src/domain/deal-match.ts).
import { absorb, type DealProfile, type MatchField, type MatchScore, rankDeals, verdict } from "../domain/deal-match.js";
import { conversionYear, toUsd } from "../money/currency.js";
import { createHash } from "node:crypto";
import { dealCandidates } from "../store/deals/index.js";
import { slugify } from "../text/fold.js";
import type { Article, InvestmentDecl } from "./model.js";

type Run = Parameters<typeof dealCandidates>[0];

/** How a report was matched to its deal; kept on its source. */
export type MatchMethod = "ID" | "KEY" | "SCORE" | "NEW" | "DECISION";

export interface DealMatch {
  method: MatchMethod;
  /** The score against the deal it joined (SCORE), or the best score against any (NEW); else null. */
  score: number | null;
  agreed: MatchField[];
  conflicting: MatchField[];
  /** The decision that placed it (DECISION). */
  decision: string | null;
  /** DECISION: how resolution would have matched it, which a revert restores. */
  natural?: DealMatch;
}

/** A deal a new one was not told apart from: linked for a person to decide. */
export interface PossibleDuplicate extends MatchScore {
  id: string;
}

/** The most possible duplicates one report is linked to (the best scored). */
const MAX_LINKS = 5;

interface Candidate {
  id: string;
  profile: DealProfile;
  /** The articles that source it in the graph; none for a deal this run made. */
  articleIds: readonly string[];
}

/** A report as resolution compares it. */
export function reportProfile(article: Article, inv: InvestmentDecl, ref: (r: string) => string): DealProfile {
  const year = conversionYear(inv.announcedOn, article.publishedOn);
  const usd = (m: InvestmentDecl["amount"]) => (m ? toUsd(m.value, m.currency, year) : null);
  return {
    announcedOn: inv.announcedOn ?? null,
    investorIds: inv.investors.map(ref),
    otherInvestors: inv.otherInvestors ?? false,
    amountUsd: usd(inv.amount),
    valuationUsd: usd(inv.valuation),
    stakePercent: inv.stakePercent ?? null,
    stage: inv.stage ?? null,
  };
}

const poolKey = (targetId: string, kind: string) => `${targetId}|${kind}`;

export class DealPool {
  /** target|kind -> deal id -> candidate. */
  private readonly pools = new Map<string, Map<string, Candidate>>();
  private readonly loaded = new Set<string>();

  /**
   * `rewriting`: the articles this run writes anew. A graph deal only they source is not a
   * candidate: their reports are resolved again in this run and remake it, so it must not
   * catch a report before its own sources do.
   */
  constructor(private readonly rewriting: ReadonlySet<string>) {}

  /** Loads the graph's deals of the targets and kinds not loaded yet. */
  async load(run: Run, wanted: ReadonlyArray<{ targetId: string; kind: string }>): Promise<void> {
    const missing = new Map<string, { targetId: string; kind: string }>();
    for (const w of wanted) if (!this.loaded.has(poolKey(w.targetId, w.kind))) missing.set(poolKey(w.targetId, w.kind), w);
    if (!missing.size) return;
    for (const c of await dealCandidates(run, [...missing.values()])) {
      const pool = this.pool(c.targetId, c.kind);
      if (!pool.has(c.id) && !c.articleIds.every((a) => this.rewriting.has(a))) pool.set(c.id, { id: c.id, profile: c, articleIds: c.articleIds });
    }
    for (const k of missing.keys()) this.loaded.add(k);
  }

  /**
   * The best-scoring deal of the report's target and kind (none of `excluded`, the deals
   * its own article already states) when it is the same deal; else the new deal's
   * possible duplicates and the best score seen.
   */
  choose(targetId: string, kind: string, report: DealProfile, excluded: ReadonlySet<string>): { same?: PossibleDuplicate; possible: PossibleDuplicate[]; best: MatchScore | null } {
    const scored = rankDeals(report, [...this.pool(targetId, kind).values()].filter((c) => !excluded.has(c.id)));
    const best = scored[0] ?? null;
    if (best && verdict(best.score) === "same") return { same: best, possible: [], best };
    return { possible: scored.filter((s) => verdict(s.score) === "possible").slice(0, MAX_LINKS), best };
  }

  /** Whether the report names another round stage than deal `id` (which an equal deal key does not outweigh). */
  otherStage(targetId: string, kind: string, id: string, report: DealProfile): boolean {
    const deal = this.pool(targetId, kind).get(id)?.profile;
    return !!deal?.stage && !!report.stage && deal.stage !== report.stage;
  }

  /** Records that the report is (now) part of deal `id`, for the run's later reports. */
  absorb(targetId: string, kind: string, id: string, report: DealProfile): void {
    const pool = this.pool(targetId, kind);
    const known = pool.get(id);
    pool.set(id, { id, profile: known ? absorb(known.profile, report) : report, articleIds: known?.articleIds ?? [] });
  }

  private pool(targetId: string, kind: string): Map<string, Candidate> {
    const key = poolKey(targetId, kind);
    let pool = this.pools.get(key);
    if (!pool) this.pools.set(key, (pool = new Map()));
    return pool;
  }
}

/**
 * The deal a report is, and how that was found: the id it gives; else the deal with its
 * exact deal key (`keyed`), unless it names another round stage; else, scored, the deal of
 * its target it scores as the same (`choose`); else none (a new deal), with the deals it
 * may duplicate.
 */
export function matchDeal(
  givenId: string | undefined,
  keyed: string | undefined,
  scored: { choose: () => ReturnType<DealPool["choose"]> | undefined; otherStage: (id: string) => boolean },
): { id: string | null; match: DealMatch; duplicates: PossibleDuplicate[] } {
  const match = (method: MatchMethod, score: MatchScore | null = null): DealMatch => ({
    method,
    score: score?.score ?? null,
    agreed: score?.agreed ?? [],
    conflicting: score?.conflicting ?? [],
    decision: null,
  });
  if (givenId) return { id: givenId, match: match("ID"), duplicates: [] };
  // A Series E and a Series F of one month and one syndicate are two rounds, key or not.
  if (keyed && !scored.otherStage(keyed)) return { id: keyed, match: match("KEY"), duplicates: [] };
  const chosen = scored.choose();
  if (chosen?.same) return { id: chosen.same.id, match: match("SCORE", chosen.same), duplicates: [] };
  return { id: null, match: match("NEW", chosen?.best ?? null), duplicates: chosen?.possible ?? [] };
}

/** The id a new deal without one takes: readable ("nvidia-funding-round-scale-ai-2024-05")... */
export function readableDealId(targetId: string, kind: string, announcedOn: string | undefined, investorIds: string[]): string {
  const sorted = [...new Set(investorIds)].sort();
  const more = sorted.length > 1 ? `-and-${sorted.length - 1}` : "";
  return slugify(`${sorted[0]}${more}-${kind}-${targetId}-${announcedOn?.slice(0, 7) ?? ""}`);
}

/** ...or, when another fact has that id, one made from its deal key. */
export function hashDealId(key: string): string {
  return `deal-${createHash("sha1").update(key).digest("hex").slice(0, 12)}`;
}
