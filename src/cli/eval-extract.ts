// `npm run eval:extract -- [--dir folder] [--also folder] [--split dev|held-out|all] [--verbose] [--out FILE]`:
// runs the extractor on a gold set (NAME.txt beside NAME.expected.md, a hand-written
// article file) and prints precision, recall and F1 for entities, amounts, deals,
// investors, roles and stages, with the corrections a reviewer needs, for the dev and the
// held-out part (splits.json) and per language within each, twice: matching names
// against the graph's entities listed in the folder's known.json, and offline (no graph).
// Exit codes: 0 scored, 1 the gold set itself is invalid (or a bad argument).
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { renderCheckedDraft } from "../extract/draft.js";
import type { KnownEntity } from "../extract/entities.js";
import { addScores, CATEGORIES, correctionStats, emptyScore, f1, type Score, scoreDraft, scoreTable, totalCorrections } from "../extract/evaluate.js";
import { extract } from "../extract/extract.js";
import { parseArticleText } from "../ingest/files.js";
import type { Article } from "../ingest/model.js";
import { formatProblem, type Problem } from "../ingest/problems.js";
import { validateArticle } from "../ingest/validate.js";
import { readArgs } from "./args.js";

const USAGE = `usage: dealgraph eval:extract [--dir tests/fixtures/extract/gold] [--also DIR ...] [--split dev|held-out|all] [--verbose] [--out FILE]
  Scores the extractor against a gold set: NAME.txt (raw text, title on the first line)
  beside NAME.expected.md (the article file a careful person writes from it); splits.json
  says which articles are the development part and which the held-out one.
  --also DIR  more articles (NAME.txt, NAME.expected.md) kept in another folder, e.g. the held-out part
              outside the repository; splits.json and known.json are --dir's
  --split     the part(s) to score and print (default: all)
  --verbose   per article of that part: its scores, what was missed and what was wrongly proposed
  --out FILE  also write the report (Markdown) to FILE, e.g. bench/results/extract-YYYY-MM-DD.md`;

export const DEFAULT_GOLD = "tests/fixtures/extract/gold";

export type Split = "dev" | "held-out";
const SPLITS: Split[] = ["dev", "held-out"];

export interface GoldArticle {
  name: string;
  text: string;
  expected: Article;
  /** "held-out": never used to tune the rules (splits.json). */
  split: Split;
}

export interface GoldSet {
  articles: GoldArticle[];
  known: KnownEntity[];
  problems: Problem[];
  /** The date the split was made (splits.json's splitOn), when it gives one. */
  splitOn?: string;
  /** Articles splits.json lists that are not in the folder (kept elsewhere). */
  absent: string[];
}

interface SplitLists {
  splitOn?: string;
  /** Absent in the older shape: every article not held out is dev. */
  dev?: Set<string>;
  heldOut: Set<string>;
}

/**
 * splits.json: `{ "splitOn": "YYYY-MM-DD", "dev": [...], "heldOut": [...], "history": ... }`
 * listing every article, or the older `{ "heldOut": [...] }` (the rest dev).
 */
function readSplits(file: string, text: string, problems: Problem[]): SplitLists {
  const bad = (p: string, message: string) => {
    problems.push({ file, path: p, message });
    return { heldOut: new Set<string>() };
  };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return bad("", `not valid JSON: ${(error as Error).message}`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return bad("", "must be an object with heldOut (and dev, splitOn)");
  const o = data as Record<string, unknown>;
  const names = (key: string): Set<string> | undefined => {
    const v = o[key];
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) return void bad(key, "must be a list of article names");
    return new Set(v as string[]);
  };
  const heldOut = names("heldOut");
  if (!heldOut) return { heldOut: new Set() };
  const dev = o.dev === undefined ? undefined : names("dev");
  if (o.dev !== undefined && !dev) return { heldOut };
  if (o.splitOn !== undefined && (typeof o.splitOn !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(o.splitOn))) bad("splitOn", "must be a date, YYYY-MM-DD");
  return { splitOn: typeof o.splitOn === "string" ? o.splitOn : undefined, dev, heldOut };
}

/**
 * Reads a gold set; problems when an expected file is not a valid article or splits.json
 * does not place an article. The articles may be in several folders (`more`: the held-out
 * part kept outside the repository); splits.json and known.json are the first folder's.
 */
export async function readGold(dir: string, more: string[] = []): Promise<GoldSet> {
  const files = (await readdir(dir)).sort();
  const problems: Problem[] = [];
  const articles: GoldArticle[] = [];
  const splitsFile = path.join(dir, "splits.json");
  const splits = files.includes("splits.json") ? readSplits(splitsFile, await readFile(splitsFile, "utf8"), problems) : { heldOut: new Set<string>() };
  const folderOf = new Map<string, string>();
  for (const folder of [dir, ...more]) {
    const txt = folder === dir ? files : (await readdir(folder)).sort();
    for (const f of txt.filter((x) => x.endsWith(".txt"))) {
      const name = f.slice(0, -4);
      if (folderOf.has(name)) problems.push({ file: path.join(folder, f), path: "", message: `${name} is also in ${folderOf.get(name)}: an article is in one folder` });
      else folderOf.set(name, folder);
    }
  }
  const names = [...folderOf.keys()].sort();
  for (const name of names) {
    const folder = folderOf.get(name)!;
    const inDev = splits.dev?.has(name);
    const inHeldOut = splits.heldOut.has(name);
    if (splits.dev && inDev === inHeldOut) {
      problems.push({ file: splitsFile, path: inDev ? "dev, heldOut" : "", message: `${name} is ${inDev ? "in both dev and heldOut" : "in neither dev nor heldOut"}: every article is in exactly one part` });
      continue;
    }
    const expectedFile = path.join(folder, `${name}.expected.md`);
    let expectedText: string;
    try {
      expectedText = await readFile(expectedFile, "utf8");
    } catch {
      problems.push({ file: expectedFile, path: "", message: `missing: every ${name}.txt needs its expected article file` });
      continue;
    }
    const parsed = parseArticleText(expectedFile, expectedText, "md");
    problems.push(...parsed.problems);
    if (!parsed.data) continue;
    const checked = validateArticle(expectedFile, parsed.data, name);
    problems.push(...checked.problems);
    if (checked.article) articles.push({ name, text: await readFile(path.join(folder, `${name}.txt`), "utf8"), expected: checked.article, split: inHeldOut ? "held-out" : "dev" });
  }
  const absent = [...(splits.dev ?? []), ...splits.heldOut].filter((n) => !names.includes(n)).sort();
  const known = files.includes("known.json") ? (JSON.parse(await readFile(path.join(dir, "known.json"), "utf8")) as { entities: KnownEntity[] }).entities : [];
  return { articles, known, problems, splitOn: splits.splitOn, absent };
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
  return { total: sum(results), results };
}

const sum = (results: ArticleResult[]) => results.reduce((t, r) => addScores(t, r.score), emptyScore());
const langsOf = (results: ArticleResult[]) => [...new Set(results.map((r) => r.article.expected.language))].sort();
const countBy = (results: ArticleResult[]) => langsOf(results).map((l) => `${results.filter((r) => r.article.expected.language === l).length} ${l}`).join(", ");

/** One part's section: its table, kinds and dates, corrections per article, then a table per language. */
export function partReport(part: string, results: ArticleResult[]): string[] {
  if (!results.length) return [`#### ${part}: no article`, ""];
  const total = sum(results);
  const per = results.map((r) => ({ name: r.article.name, n: totalCorrections(r.score) }));
  const stats = correctionStats(per.map((p) => p.n));
  const worst = per.filter((p) => p.n === stats.max).map((p) => p.name);
  const lines = [
    `#### ${part} (${results.length} articles: ${countBy(results)})`,
    "",
    scoreTable(total),
    "",
    `Deal kinds right: ${total.kinds.right}/${total.kinds.checked} matched deals. ` +
      `Dates right: ${total.dates.right}/${total.dates.checked} (announcedOn, since, until of matched facts, where the gold gives one). ` +
      `Language detected right: ${results.filter((r) => r.languageRight).length}/${results.length} articles.`,
    "",
    `Corrections per article (wrong proposals to reject + missing facts to add + wrong fields to fix): median ${stats.median}, mean ${stats.mean.toFixed(1)}, max ${stats.max} (${worst.join(", ")}).`,
    "",
  ];
  for (const lang of langsOf(results)) {
    const rs = results.filter((r) => r.article.expected.language === lang);
    const s = correctionStats(rs.map((r) => totalCorrections(r.score)));
    lines.push(`${part}, ${lang} (${rs.length} articles; corrections per article: median ${s.median}, mean ${s.mean.toFixed(1)}, max ${s.max}):`, "", scoreTable(sum(rs)), "");
  }
  return lines;
}

/** Per article: F1 per category, corrections, and what was missed or wrongly proposed. */
function articleLines(results: ArticleResult[]): string[] {
  const lines: string[] = [];
  for (const r of results) {
    const c = r.score.counts;
    lines.push(`- ${r.article.name} (${r.article.expected.language}, ${r.article.split}): ${CATEGORIES.map((k) => `${k} ${f1(c[k]).toFixed(2)}`).join(", ")}; corrections ${totalCorrections(r.score)}`);
    for (const m of r.score.missing) lines.push(`    missed: ${m}`);
    for (const e of r.score.extra) lines.push(`    wrong:  ${e}`);
  }
  return lines;
}

export interface ReportOptions {
  dir: string;
  split: Split | "all";
  verbose: boolean;
  /** The day of the run, YYYY-MM-DD. */
  today: string;
}

/** The whole report, Markdown: for each matching mode, the parts asked for. */
export function report(gold: GoldSet, opts: ReportOptions): string {
  const parts = opts.split === "all" ? SPLITS : [opts.split];
  const articles = gold.articles.filter((a) => parts.includes(a.split));
  const split = gold.splitOn ? `split into dev and held-out on ${gold.splitOn} (splits.json)` : "split recorded in splits.json (no date)";
  const out = [
    `# Extraction scored on the gold set, ${opts.today}`,
    "",
    `${articles.length} gold articles (${SPLITS.map((p) => `${gold.articles.filter((a) => a.split === p).length} ${p}`).join(", ")} in all) in ${opts.dir}, ${split}. Part(s) printed: ${opts.split}.`,
    "Corrections: wrong proposals to reject + missing facts to add + wrong fields to fix, per category (src/extract/evaluate.ts, Corrections).",
  ];
  if (gold.absent.length) out.push(`Listed in splits.json but not in the folder (not scored): ${gold.absent.length} article(s).`);
  out.push("");
  for (const [title, known] of [
    [`Matching names against the graph (${gold.known.length} entities, known.json)`, gold.known],
    ["Offline (no graph: every entity new)", []],
  ] as const) {
    const { results } = evaluate(articles, [...known]);
    out.push(`## ${title}`, "");
    for (const p of parts) out.push(...partReport(p, results.filter((r) => r.article.split === p)));
    for (const r of results) for (const p of r.draftProblems) out.push(`INVALID DRAFT: ${formatProblem(p)}`);
    if (opts.verbose) out.push("Per article:", "", ...articleLines(results), "");
  }
  return `${out.join("\n").trimEnd()}\n`;
}

export async function main(argv: string[]): Promise<number> {
  const args = readArgs(
    { name: "eval:extract", usage: USAGE, options: { dir: { type: "string" }, also: { type: "string", multiple: true }, split: { type: "string" }, verbose: { type: "boolean", short: "v" }, out: { type: "string" } }, badUsageExit: 1 },
    argv,
  );
  if (args.exit !== undefined) return args.exit;
  const split = args.values.split ?? "all";
  if (split !== "all" && !SPLITS.includes(split as Split)) {
    console.error(`eval:extract: --split must be dev, held-out or all, not "${split}"\n${USAGE}`);
    return 1;
  }
  const dir = args.values.dir ?? DEFAULT_GOLD;
  let gold: GoldSet;
  try {
    gold = await readGold(dir, args.values.also ?? []);
  } catch (error) {
    console.error(`eval:extract: cannot read the gold set: ${(error as Error).message}`);
    return 1;
  }
  if (gold.problems.length) {
    for (const p of gold.problems) console.error(formatProblem(p));
    console.error(`eval:extract: the gold set in ${dir} has ${gold.problems.length} problem(s)`);
    return 1;
  }
  const text = report(gold, { dir: [dir, ...(args.values.also ?? [])].join(" and "), split: split as Split | "all", verbose: args.values.verbose ?? false, today: new Date().toISOString().slice(0, 10) });
  process.stdout.write(text);
  if (args.values.out) {
    await mkdir(path.dirname(args.values.out), { recursive: true });
    await writeFile(args.values.out, text);
    console.error(`eval:extract: report written to ${args.values.out}`);
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
