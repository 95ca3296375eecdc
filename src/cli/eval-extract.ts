// `npm run eval:extract -- [--dir folder] [--verbose]`: runs the extractor on a gold set
// (NAME.txt beside NAME.expected.md, a hand-written article file) and prints precision,
// recall and F1 for entities, amounts, deals and roles, twice: matching names against
// the graph's entities listed in the folder's known.json, and offline (no graph).
// Exit codes: 0 scored, 1 the gold set itself is invalid.
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { renderCheckedDraft } from "../extract/draft.js";
import type { KnownEntity } from "../extract/entities.js";
import { addScores, emptyScore, f1, type Score, scoreDraft, scoreTable } from "../extract/evaluate.js";
import { extract } from "../extract/extract.js";
import { parseArticleText } from "../ingest/files.js";
import type { Article } from "../ingest/model.js";
import { formatProblem, type Problem } from "../ingest/problems.js";
import { validateArticle } from "../ingest/validate.js";
import { readArgs } from "./args.js";

const USAGE = `usage: dealgraph eval:extract [--dir tests/fixtures/extract/gold] [--verbose]
  Scores the extractor against a gold set: NAME.txt (raw text, title on the first line)
  beside NAME.expected.md (the article file a careful person writes from it).
  --verbose   per article: its scores, what was missed and what was wrongly proposed`;

export const DEFAULT_GOLD = "tests/fixtures/extract/gold";

export interface GoldArticle {
  name: string;
  text: string;
  expected: Article;
  /** "held-out": written after the extractor's rules were frozen (splits.json). */
  split: "dev" | "held-out";
}

/** Reads a gold set; problems when an expected file is not a valid article. */
export async function readGold(dir: string): Promise<{ articles: GoldArticle[]; known: KnownEntity[]; problems: Problem[] }> {
  const files = (await readdir(dir)).sort();
  const problems: Problem[] = [];
  const articles: GoldArticle[] = [];
  const heldOut = new Set<string>(files.includes("splits.json") ? (JSON.parse(await readFile(path.join(dir, "splits.json"), "utf8")) as { heldOut: string[] }).heldOut : []);
  for (const file of files.filter((f) => f.endsWith(".txt"))) {
    const name = file.slice(0, -4);
    const expectedFile = path.join(dir, `${name}.expected.md`);
    let expectedText: string;
    try {
      expectedText = await readFile(expectedFile, "utf8");
    } catch {
      problems.push({ file: expectedFile, path: "", message: `missing: every ${file} needs its expected article file` });
      continue;
    }
    const parsed = parseArticleText(expectedFile, expectedText, "md");
    problems.push(...parsed.problems);
    if (!parsed.data) continue;
    const checked = validateArticle(expectedFile, parsed.data, name);
    problems.push(...checked.problems);
    if (checked.article) articles.push({ name, text: await readFile(path.join(dir, file), "utf8"), expected: checked.article, split: heldOut.has(name) ? "held-out" : "dev" });
  }
  const known = files.includes("known.json") ? (JSON.parse(await readFile(path.join(dir, "known.json"), "utf8")) as { entities: KnownEntity[] }).entities : [];
  return { articles, known, problems };
}

export interface ArticleResult {
  article: GoldArticle;
  score: Score;
  languageRight: boolean;
  draftProblems: Problem[];
}

/** Extracts one gold article (language detected, publication date from the expected file) and scores the draft. */
export function evaluateArticle(article: GoldArticle, known: KnownEntity[]): ArticleResult {
  const x = extract(article.text, { published: String(article.expected.publishedOn), known, id: article.name });
  const { text: draftText, problems: draftProblems } = renderCheckedDraft(x, `${article.name} (draft)`);
  const parsed = parseArticleText(article.name, draftText, "md");
  const draft = validateArticle(article.name, parsed.data).article;
  const score = draft ? scoreDraft(article.expected, draft) : emptyScore();
  return { article, score, languageRight: x.lang === article.expected.language, draftProblems };
}

export function evaluate(articles: GoldArticle[], known: KnownEntity[]): { total: Score; results: ArticleResult[] } {
  const results = articles.map((a) => evaluateArticle(a, known));
  return { total: results.reduce((t, r) => addScores(t, r.score), emptyScore()), results };
}

const pct = (n: number, d: number) => `${n}/${d}`;

function summary(results: ArticleResult[], total: Score, withSubsets: boolean): string {
  const lines = [scoreTable(total), ""];
  lines.push(
    `Deal kinds right: ${pct(total.kinds.right, total.kinds.checked)} matched deals. ` +
      `Dates right: ${pct(total.dates.right, total.dates.checked)} (announcedOn, since, until of matched facts, where the gold gives one). ` +
      `Language detected right: ${pct(results.filter((r) => r.languageRight).length, results.length)} articles.`,
  );
  const heldOut = results.filter((r) => r.article.split === "held-out");
  if (withSubsets && heldOut.length) {
    const t = heldOut.reduce((s, r) => addScores(s, r.score), emptyScore());
    lines.push("", `Held out (${heldOut.length} articles written after the rules were frozen, scored without tuning):`, "", scoreTable(t));
  }
  if (withSubsets) {
    const groups = new Map<string, ArticleResult[]>();
    for (const r of results) for (const g of [r.article.expected.language, r.article.split]) groups.set(g, [...(groups.get(g) ?? []), r]);
    lines.push("", "| subset | articles | entities F1 | amounts F1 | deals F1 | investors F1 | roles F1 |", "|---|---:|---:|---:|---:|---:|---:|");
    for (const [g, rs] of [...groups].sort()) {
      const t = rs.reduce((s, r) => addScores(s, r.score), emptyScore());
      lines.push(`| ${g} | ${rs.length} | ${[t.counts.entities, t.counts.amounts, t.counts.deals, t.counts.investors, t.counts.roles].map((c) => f1(c).toFixed(2)).join(" | ")} |`);
    }
  }
  return lines.join("\n");
}

export async function main(argv: string[]): Promise<number> {
  const args = readArgs({ name: "eval:extract", usage: USAGE, options: { dir: { type: "string" }, verbose: { type: "boolean", short: "v" } }, badUsageExit: 1 }, argv);
  if (args.exit !== undefined) return args.exit;
  const dir = args.values.dir ?? DEFAULT_GOLD;
  const { articles, known, problems } = await readGold(dir);
  if (problems.length) {
    for (const p of problems) console.error(formatProblem(p));
    console.error(`eval:extract: the gold set in ${dir} has ${problems.length} problem(s)`);
    return 1;
  }
  const langs = [...new Set(articles.map((a) => a.expected.language))].sort().join(", ");
  console.log(`Extraction scored on ${articles.length} gold articles (${langs}) in ${dir}.\n`);
  for (const [title, list, withSubsets] of [
    [`Matching names against the graph (${known.length} entities, known.json)`, known, true],
    ["Offline (no graph: every entity new)", [], false],
  ] as const) {
    const { total, results } = evaluate(articles, [...list]);
    console.log(`### ${title}\n\n${summary(results, total, withSubsets)}\n`);
    for (const r of results) for (const p of r.draftProblems) console.log(`INVALID DRAFT: ${formatProblem(p)}`);
    if (args.values.verbose) {
      for (const r of results) {
        const c = r.score.counts;
        console.log(`- ${r.article.name} (${r.article.expected.language}): entities ${f1(c.entities).toFixed(2)}, amounts ${f1(c.amounts).toFixed(2)}, deals ${f1(c.deals).toFixed(2)}, investors ${f1(c.investors).toFixed(2)}, roles ${f1(c.roles).toFixed(2)}`);
        for (const m of r.score.missing) console.log(`    missed: ${m}`);
        for (const e of r.score.extra) console.log(`    wrong:  ${e}`);
      }
      console.log("");
    }
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
