// Step 2 of the pipeline (parse -> validate -> resolve -> plan -> apply -> publish):
// everything that makes an article valid on its own (format rules 1 and 2, every field's
// shape, each fact stated once) and a run valid as a whole (article ids), reported as
// problems with their field paths. No database here: what only the graph can tell (an
// ambiguous name, a fact id another kind of fact has) is found by resolve.ts, before
// anything is written too.
import path from "node:path";
import type { z } from "zod";
import { amountBoundProblem, conversionYear } from "../money/currency.js";
import { foldEvidence } from "../text/fold.js";
import { type ArticleLimits, DEFAULT_ARTICLE_LIMITS, LIMIT_SETTING } from "./limits.js";
import { type Article, type ArticleFile, articleSchema, dealKey, relationId, roleId, SYMMETRIC_RELATIONS } from "./model.js";
import { fieldPath, type Problem } from "./problems.js";
import { isId } from "../domain/vocabulary.js";

export interface Validated {
  article?: Article;
  problems: Problem[];
}

/**
 * Checks one article's data: the one check that files (npm run seed, --dry-run included)
 * and the ingestArticle mutation share. `origin` names it in problems; `defaultId` is the
 * id used when the data has none (the file name without its extension); `limits` caps its
 * size (ARTICLE_MAX_* settings).
 */
export function validateArticle(origin: string, data: unknown, defaultId?: string, limits: ArticleLimits = DEFAULT_ARTICLE_LIMITS): Validated {
  // Sizes first, on the raw data: an article over a cap is not worth reading further, and
  // the checks below cost time in proportion to its facts and body.
  const oversized = sizeProblems(origin, data, limits);
  if (oversized.length) return { problems: oversized };

  const parsed = articleSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return { problems: parsed.error.issues.map((i) => zodProblem(origin, i)) };

  const file = parsed.data;
  const problems: Problem[] = [];
  const at = (p: string, message: string) => problems.push({ file: origin, path: p, message });

  const id = file.id ?? defaultId;
  if (!id) at("id", "is required here (there is no file name to take it from)");
  else if (!isId(id)) {
    at("id", `the file name gives the id ${JSON.stringify(id)}, which is not a slug: rename the file or set "id"`);
  }

  checkRefs(file, at);
  checkMoney(file, at);
  checkOnce(file, at);
  checkEvidence(file, at);
  return problems.length ? { problems } : { article: { ...file, id: id!, origin }, problems };
}

/** The problems of a run as a whole: two articles with one id (the later one is the problem). */
export function validateRun(articles: readonly Article[]): Problem[] {
  const firstOf = new Map<string, string>();
  const problems: Problem[] = [];
  for (const article of articles) {
    const first = firstOf.get(article.id);
    if (first) problems.push({ file: article.origin, path: "id", message: `${JSON.stringify(article.id)} is also the id of ${first}` });
    else firstOf.set(article.id, article.origin);
  }
  return problems;
}

/** The default article id of a file: its name without extension. */
export function idFromFileName(file: string): string {
  return path.basename(file).replace(/\.(md|json)$/i, "");
}

type At = (path: string, message: string) => void;

function checkRefs(file: ArticleFile, at: At): void {
  const types = new Map<string, "Company" | "Person">();
  const ids = new Map<string, string>();
  file.entities.forEach((e, i) => {
    if (types.has(e.ref)) at(`entities[${i}].ref`, `${JSON.stringify(e.ref)} is declared twice`);
    else types.set(e.ref, e.type);
    if (e.id) {
      const other = ids.get(e.id);
      if (other !== undefined) at(`entities[${i}].id`, `${JSON.stringify(e.id)} is also the id of entity ${JSON.stringify(other)}`);
      else ids.set(e.id, e.ref);
    }
    if (e.type === "Person" && e.kind) at(`entities[${i}].kind`, "only a Company has a kind");
  });

  const expect = (p: string, ref: string, allowed: ReadonlyArray<"Company" | "Person">) => {
    const type = types.get(ref);
    if (!type) at(p, `${JSON.stringify(ref)} is not a ref declared in entities`);
    else if (!allowed.includes(type)) at(p, `${JSON.stringify(ref)} is a ${type}, expected a ${allowed.join(" or ")}`);
  };

  file.investments?.forEach((inv, i) => {
    inv.investors.forEach((r, j) => expect(`investments[${i}].investors[${j}]`, r, ["Company", "Person"]));
    inv.leadInvestors?.forEach((r, j) => {
      if (!inv.investors.includes(r)) at(`investments[${i}].leadInvestors[${j}]`, `${JSON.stringify(r)} is not among the investors`);
    });
    expect(`investments[${i}].target`, inv.target, ["Company"]);
    if (inv.investors.includes(inv.target)) at(`investments[${i}].target`, "the target cannot also be an investor");
  });
  file.roles?.forEach((r, i) => {
    expect(`roles[${i}].person`, r.person, ["Person"]);
    expect(`roles[${i}].company`, r.company, ["Company"]);
    if (r.since && r.until && periodEnd(r.until) < r.since) at(`roles[${i}].until`, `${r.until} ends before since (${r.since}) begins`);
  });
  file.relations?.forEach((r, i) => {
    expect(`relations[${i}].from`, r.from, ["Company"]);
    expect(`relations[${i}].to`, r.to, ["Company"]);
    if (r.from === r.to) at(`relations[${i}].to`, "a company cannot be related to itself");
  });
}

/** Over a cap: one problem per cap, naming the field, the count and the setting. */
function sizeProblems(origin: string, data: unknown, limits: ArticleLimits): Problem[] {
  if (data === null || typeof data !== "object") return [];
  const d = data as Record<string, unknown>;
  const problems: Problem[] = [];
  const over = (p: string, what: string, limit: keyof ArticleLimits) =>
    problems.push({ file: origin, path: p, message: `${what}; the limit is ${limits[limit].toLocaleString("en-US")} (${LIMIT_SETTING[limit]})` });
  const count = (field: string) => (Array.isArray(d[field]) ? (d[field] as unknown[]).length : 0);
  if (count("entities") > limits.maxEntities) over("entities", `${count("entities").toLocaleString("en-US")} entities`, "maxEntities");
  const facts = count("investments") + count("roles") + count("relations");
  if (facts > limits.maxFacts) {
    const parts = ["investments", "roles", "relations"].filter((f) => count(f)).map((f) => `${count(f).toLocaleString("en-US")} ${f}`);
    // The largest list is the one to name: it is where the facts are.
    const largest = ["investments", "roles", "relations"].sort((a, b) => count(b) - count(a))[0]!;
    over(largest, `${facts.toLocaleString("en-US")} facts (${parts.join(", ")})`, "maxFacts");
  }
  if (typeof d.body === "string") {
    const bytes = Buffer.byteLength(d.body, "utf8");
    if (bytes > limits.maxBodyBytes) over("body", `${bytes.toLocaleString("en-US")} bytes`, "maxBodyBytes");
  }
  return problems;
}

/**
 * Amounts and valuations within the bounds of src/money/currency.ts: judged in US dollars
 * at the rate the writer converts them at (the deal's year), else as written.
 */
function checkMoney(file: ArticleFile, at: At): void {
  file.investments?.forEach((inv, i) => {
    const year = conversionYear(inv.announcedOn, file.publishedOn);
    for (const field of ["amount", "valuation"] as const) {
      const money = inv[field];
      const problem = money && amountBoundProblem(money.value, money.currency, year);
      if (problem) at(`investments[${i}].${field}.value`, problem);
    }
  });
}

/**
 * One article states each fact once. Two statements of one fact (the same deal id, the
 * same deal by target, kind, investors and month, the same role, the same relation) would
 * be two sources of one node from the same article: its figures would be an arbitrary pick
 * among them. Facts are compared by refs, which within one article name distinct entities.
 */
function checkOnce(file: ArticleFile, at: At): void {
  const seen = new Map<string, string>();
  const once = (key: string, where: string, problemPath: string, message: (first: string) => string) => {
    const first = seen.get(key);
    if (first === undefined) seen.set(key, where);
    else at(problemPath, message(first));
  };
  // Ids are unique within their kind: a deal may share its id with an entity or the article.
  file.investments?.forEach((inv, i) => {
    if (inv.id !== undefined) {
      once(`id:${inv.id}`, `investments[${i}].id`, `investments[${i}].id`, (first) => `${JSON.stringify(inv.id)} is also ${first}`);
    }
  });
  // Deals without an id are told apart by their deal key, as the writer does; so is a deal
  // without an id from one with an id, which the writer would merge into it.
  const byKey = new Map<string, { at: number; hasId: boolean }>();
  file.investments?.forEach((inv, i) => {
    const key = dealKey(inv.target, inv.kind, inv.announcedOn, inv.investors);
    const first = byKey.get(key);
    if (!first) byKey.set(key, { at: i, hasId: inv.id !== undefined });
    else if (!(first.hasId && inv.id !== undefined)) {
      at(
        `investments[${i}]`,
        `the same deal as investments[${first.at}] (same target, kind, investors and announcement month): ` +
          "state it once, or give each its own id if they are two deals",
      );
    }
  });
  file.roles?.forEach((r, i) => {
    once(`role:${roleId(r.person, r.company, r.title)}`, `roles[${i}]`, `roles[${i}]`, (first) =>
      `the same role as ${first} (same person, company and title; a role has one tenure): state it once`,
    );
  });
  file.relations?.forEach((r, i) => {
    const either = SYMMETRIC_RELATIONS.has(r.type) ? ", in either order" : "";
    once(`relation:${relationId(r.type, r.from, r.to)}`, `relations[${i}]`, `relations[${i}]`, (first) =>
      `the same relation as ${first} (${r.type} between the same companies${either}): state it once`,
    );
  });
}

function checkEvidence(file: ArticleFile, at: At): void {
  const body = foldEvidence(file.body);
  // Built on the first miss and shared by the others: hundreds of misses against a long
  // body would otherwise split and fold it hundreds of times (seconds of a blocked process).
  let passages: Passage[] | undefined;
  const check = (p: string, evidence: string) => {
    if (!body.includes(foldEvidence(evidence))) {
      const nearest = nearestPassage((passages ??= passagesOf(file.body)), evidence);
      at(p, `is not in the body${nearest ? `; the nearest passage is: ${JSON.stringify(nearest)}` : ""}`);
    }
  };
  file.investments?.forEach((x, i) => check(`investments[${i}].evidence`, x.evidence));
  file.roles?.forEach((x, i) => check(`roles[${i}].evidence`, x.evidence));
  file.relations?.forEach((x, i) => check(`relations[${i}].evidence`, x.evidence));
}

/**
 * The last day a partial date can mean, as a comparable string: "2024" -> "2024-12-31",
 * "2024-02" -> "2024-02-31" (no real month has more, and string order is what matters).
 */
function periodEnd(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

interface Passage {
  text: string;
  words: Set<string>;
}

const wordsOf = (s: string) => new Set(foldEvidence(s).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** The body's sentences with their words, for nearestPassage. */
function passagesOf(body: string): Passage[] {
  return foldEvidence(body)
    .split(/(?<=[.!?])\s+|\n+/)
    .map((text) => ({ text, words: wordsOf(text) }));
}

/**
 * The sentence of the body that shares the most words with `evidence`, to show the
 * writer what they probably meant to quote.
 */
export function nearestPassage(body: string | Passage[], evidence: string): string | undefined {
  const wanted = wordsOf(evidence);
  let best: { text: string; score: number } | undefined;
  for (const { text: sentence, words: have } of typeof body === "string" ? passagesOf(body) : body) {
    let shared = 0;
    for (const w of wanted) if (have.has(w)) shared++;
    const score = shared / (wanted.size + have.size - shared || 1);
    if (shared > 0 && (!best || score > best.score)) best = { text: sentence, score };
  }
  return best && best.text.length > 300 ? `${best.text.slice(0, 297)}...` : best?.text;
}

function zodProblem(file: string, issue: z.core.$ZodIssue): Problem {
  const p = fieldPath(issue.path);
  const input = (issue as { input?: unknown }).input;
  if ((issue.code === "invalid_type" || issue.code === "invalid_value" || issue.code === "custom") && input === undefined) {
    return { file, path: p, message: "is required" };
  }
  if (issue.code === "unrecognized_keys") {
    return {
      file,
      path: p,
      message: `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => JSON.stringify(k)).join(", ")}`,
    };
  }
  if (issue.code === "invalid_type" && typeof input === "number" && !Number.isFinite(input)) {
    // YAML's .inf and .nan, or a literal too large for a double (1e400): never a figure.
    return { file, path: p, message: `must be a finite number, got ${input}` };
  }
  if (issue.code === "invalid_type") {
    return { file, path: p, message: `expected ${issue.expected}, got ${describe(input)}` };
  }
  return { file, path: p, message: issue.message };
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${JSON.stringify(value)}`;
}
