// Everything that makes an article file valid on its own (format rules 1 and 2, and
// every field's shape), reported as problems with their field paths. No database here:
// entity resolution against the graph is checked in resolve.ts.
import path from "node:path";
import type { z } from "zod";
import { foldEvidence } from "../text/fold.js";
import { type Article, type ArticleFile, articleSchema } from "./model.js";
import { fieldPath, type Problem } from "./problems.js";

export interface Validated {
  article?: Article;
  problems: Problem[];
}

/**
 * Checks one article's data. `origin` names it in problems; `defaultId` is the id used
 * when the data has none (the file name without its extension).
 */
export function validateArticle(origin: string, data: unknown, defaultId?: string): Validated {
  const parsed = articleSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return { problems: parsed.error.issues.map((i) => zodProblem(origin, i)) };

  const file = parsed.data;
  const problems: Problem[] = [];
  const at = (p: string, message: string) => problems.push({ file: origin, path: p, message });

  const id = file.id ?? defaultId;
  if (!id) at("id", "is required here (there is no file name to take it from)");
  else if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
    at("id", `the file name gives the id ${JSON.stringify(id)}, which is not a slug: rename the file or set "id"`);
  }

  checkRefs(file, at);
  checkEvidence(file, at);
  return problems.length ? { problems } : { article: { ...file, id: id!, origin }, problems };
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

function checkEvidence(file: ArticleFile, at: At): void {
  const body = foldEvidence(file.body);
  const check = (p: string, evidence: string) => {
    if (!body.includes(foldEvidence(evidence))) {
      const nearest = nearestPassage(file.body, evidence);
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

/**
 * The sentence of the body that shares the most words with `evidence`, to show the
 * writer what they probably meant to quote.
 */
export function nearestPassage(body: string, evidence: string): string | undefined {
  const words = (s: string) => new Set(foldEvidence(s).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const wanted = words(evidence);
  let best: { text: string; score: number } | undefined;
  for (const sentence of foldEvidence(body).split(/(?<=[.!?])\s+|\n+/)) {
    const have = words(sentence);
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
