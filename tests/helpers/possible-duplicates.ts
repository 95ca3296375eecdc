// A graph with possible duplicates to review: the seeds, a Series F report of Scale AI's
// 2024 round (which joins the founding article's deal), then three vague reports of the
// round ("<investor> and others, 2024", no amount), each loaded on its own, so each becomes
// a deal of its own linked to the round, with its own foundAt: Nvidia's first, Accel's last.
import { Db } from "../../src/db/db.js";
import type { Article } from "../../src/ingest/model.js";
import { loadArticles, writeArticles } from "../../src/ingest/pipeline.js";
import { validateArticle } from "../../src/ingest/validate.js";
import { testDriver } from "./db.js";

const SERIES_F = "Scale AI raised $1 billion in a Series F led by Accel, with Amazon, Meta and Nvidia";
const NAMES: Record<string, string> = { accel: "Accel", amazon: "Amazon", meta: "Meta", nvidia: "Nvidia" };

/** The round every vague report is linked to (the founding article's deal, joined by the Series F report). */
export const SCALE_ROUND = "amazon-funding-round-scale-ai-2024";
/** The investors of the vague reports, in the order they are loaded. */
export const VAGUE_INVESTORS = ["nvidia", "meta", "accel"] as const;
/** The deal a vague report of `investor` makes. */
export const vagueDeal = (investor: string) => `${investor}-funding-round-scale-ai-2024`;
/** The article of that report, and its title. */
export const vagueArticle = (investor: string) => ({ id: `vague-${investor}`, title: `${NAMES[investor]} backs Scale AI` });

/** An article reporting one Scale AI round, `deal` giving the fields that vary. */
function report(id: string, title: string, publishedOn: string, deal: Record<string, unknown>, investors: string[]): Article {
  const v = validateArticle(`${id}.json`, {
    id,
    title,
    publisher: "Test Wire",
    language: "en",
    publishedOn,
    entities: [{ ref: "scale", type: "Company", name: "Scale AI", id: "scale-ai" }, ...investors.map((ref) => ({ ref, type: "Company", name: NAMES[ref] }))],
    investments: [{ kind: "FUNDING_ROUND", investors, target: "scale", evidence: SERIES_F, ...deal }],
    body: `${SERIES_F}.`,
  });
  if (!v.article) throw new Error(v.problems.map((p) => `${p.path}: ${p.message}`).join("; "));
  return v.article;
}

/** The Series F report of Scale AI's 2024 round: deal resolution merges it into the founding article's round (score 7). */
export function seriesFReport(): Article {
  return report(
    "series-f-report",
    "Scale AI raises a Series F",
    "2024-05-22",
    { leadInvestors: ["accel"], otherInvestors: true, amount: { value: 1_000_000_000, currency: "USD" }, stage: "SERIES_F", announcedOn: "2024-05" },
    ["accel", "amazon", "meta", "nvidia"],
  );
}

/**
 * Loads the graph described above into the (migrated, emptied) test database. Once
 * Nvidia's deal exists the round is no longer the sole 2024 candidate, so Nvidia's link
 * scores 4 and the later two 3.
 */
export async function loadPossibleDuplicates(): Promise<void> {
  const db = new Db(testDriver());
  await loadArticles(db, ["seeds"]);
  await writeArticles(db, [seriesFReport()]);
  for (const investor of VAGUE_INVESTORS) {
    const { id, title } = vagueArticle(investor);
    await writeArticles(db, [report(id, title, "2024-12-01", { otherInvestors: true, announcedOn: "2024" }, [investor])]);
  }
}
