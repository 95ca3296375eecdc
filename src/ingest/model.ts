// The article file format, version 1 (shared/spec/article-format.md), as a zod schema:
// the shape of one file, field by field, with the messages a writer of files needs.
// Cross-field rules (refs, evidence in body) are in validate.ts.
import { createHash } from "node:crypto";
import { COMPANY_KINDS, DEAL_STATUSES, ID_PATTERN, INVESTMENT_KINDS, MAX_ID_LENGTH, RELATION_TYPES, ROUND_STAGES, STAGED_KIND, SYMMETRIC_RELATIONS } from "../domain/vocabulary.js";
import { z } from "zod";
import { isCurrencyCode } from "../money/currency.js";
import { slugify } from "../text/fold.js";

const slug = z
  .string()
  .regex(ID_PATTERN, { error: (i) => `${JSON.stringify(i.input)} is not a slug ([a-z0-9][a-z0-9-]*)` })
  .max(MAX_ID_LENGTH, { error: `is longer than ${MAX_ID_LENGTH} characters, the most an id may have` });
const text = z.string().trim().min(1, { error: "must not be empty" });

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD" with a real month and day. */
export function isPartialDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return false;
  if (d !== undefined) {
    const days = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    if (Number(d) < 1 || Number(d) > days) return false;
  }
  return true;
}

/**
 * A partial date as a string. YAML writers leave dates unquoted: some parsers read
 * `2024-05-21` as a timestamp and `2016` as a number; both mean the same partial date.
 */
export const partialDate = z.preprocess(
  (v) => {
    // A number is read as the year it spells; "24" is then reported as not a partial date.
    if (typeof v === "number") return String(v);
    if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
    return v;
  },
  z.string().refine(isPartialDate, {
    error: (i) => `${JSON.stringify(i.input)} is not a partial date (YYYY, YYYY-MM or YYYY-MM-DD)`,
  }),
);

const money = z.strictObject({
  value: z.number().positive({ error: "must be a positive number" }).finite(),
  currency: z.string().refine(isCurrencyCode, { error: (i) => `${JSON.stringify(i.input)} is not an ISO 4217 code` }),
});

export { SYMMETRIC_RELATIONS };

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (i) => `${JSON.stringify(i.input)} is not one of ${values.join(", ")}` });

/**
 * Other names of one entity: at most 20. Real ones have a handful (Meta: Facebook, Meta
 * Platforms); each is a name key to resolve and write, and every answer that asks for
 * `aliases` sends them all, so an article of 100,000 aliases would be what the entity cap
 * keeps out, under another name.
 */
export const MAX_ALIASES = 20;

const entity = z.strictObject({
  ref: text,
  type: oneOf(["Company", "Person"] as const),
  name: text,
  aliases: z.array(text).max(MAX_ALIASES, { error: (i) => `has ${(i.input as unknown[]).length} names; at most ${MAX_ALIASES}` }).optional(),
  id: slug.optional(),
  kind: oneOf(COMPANY_KINDS).optional(),
  website: text.optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: (i) => `${JSON.stringify(i.input)} is not an ISO 3166-1 alpha-2 code (e.g. US, FR)` })
    .optional(),
  description: text.optional(),
});

const investment = z.strictObject({
  id: slug.optional(),
  kind: oneOf(INVESTMENT_KINDS),
  investors: z.array(text).min(1, { error: "needs at least one investor" }),
  leadInvestors: z.array(text).optional(),
  otherInvestors: z.boolean().optional(),
  target: text,
  amount: money.optional(),
  stakePercent: z
    .number()
    .gt(0, { error: "must be more than 0 and at most 100" })
    .lte(100, { error: "must be more than 0 and at most 100" })
    .optional(),
  valuation: money.optional(),
  announcedOn: partialDate.optional(),
  status: oneOf(DEAL_STATUSES).optional(),
  stage: oneOf(ROUND_STAGES).optional(),
  evidence: text,
}).superRefine((inv, ctx) => {
  if (inv.stage !== undefined && inv.kind !== STAGED_KIND) {
    ctx.addIssue({ code: "custom", path: ["stage"], message: `is the stage of a funding round: kind ${STAGED_KIND}, not ${inv.kind}` });
  }
});

const role = z.strictObject({
  person: text,
  company: text,
  title: text,
  since: partialDate.optional(),
  until: partialDate.optional(),
  evidence: text,
});

const relation = z.strictObject({
  type: oneOf(RELATION_TYPES),
  from: text,
  to: text,
  evidence: text,
});

export const articleSchema = z.strictObject({
  id: slug.optional(),
  title: text,
  url: z
    .string()
    .refine((u) => /^https?:\/\/\S+$/i.test(u) && URL.canParse(u), { error: (i) => `${JSON.stringify(i.input)} is not an absolute http(s) URL` })
    .optional(),
  publisher: text,
  source: text.optional(),
  language: z.string().regex(/^[a-z]{2}$/, { error: (i) => `${JSON.stringify(i.input)} is not an ISO 639-1 code (e.g. en, fr)` }),
  publishedOn: partialDate,
  entities: z.array(entity),
  investments: z.array(investment).optional(),
  roles: z.array(role).optional(),
  relations: z.array(relation).optional(),
  body: z.string().refine((b) => b.trim().length > 0, { error: "the article body is empty" }),
});

export type ArticleFile = z.infer<typeof articleSchema>;
export type EntityDecl = ArticleFile["entities"][number];
export type InvestmentDecl = NonNullable<ArticleFile["investments"]>[number];
export type RoleDecl = NonNullable<ArticleFile["roles"]>[number];
export type RelationDecl = NonNullable<ArticleFile["relations"]>[number];
export type Money = { value: number; currency: string };

/** An article that passed every check, with its id settled. */
export interface Article extends ArticleFile {
  id: string;
  /** Where it came from: a file path, or "input" for the API. */
  origin: string;
}

// What makes two facts one node of the graph, whoever states them. The writer names and
// finds nodes by these, and validation refuses an article that states one fact twice, so
// both read the same definition.

/** Deals reported without a shared id are the same when these agree (rule 6). */
export function dealKey(targetId: string, kind: string, announcedOn: string | undefined, investorIds: string[]): string {
  const month = announcedOn ? announcedOn.slice(0, 7) : "";
  return [targetId, kind, month, [...new Set(investorIds)].sort().join(",")].join("|");
}

/** A role is one per person, company and title (its tenure is what sources may revise). */
export function roleId(personId: string, companyId: string, title: string): string {
  return `${personId}--${companyId}--${slugify(title) || "role"}`;
}

/** A relation is one per type and pair of companies; the pair is unordered for symmetric types. */
export function relationEnds(type: string, fromId: string, toId: string): [string, string] {
  return SYMMETRIC_RELATIONS.has(type) && toId < fromId ? [toId, fromId] : [fromId, toId];
}

export function relationId(type: string, fromId: string, toId: string): string {
  const [a, b] = relationEnds(type, fromId, toId);
  return `${slugify(type)}--${a}--${b}`;
}

// Bump when the way an article is written changes, so that re-loading rewrites it.
const WRITER_VERSION = 4;

/** A digest of everything in the article that the graph depends on: equal digests, nothing to write. */
export function contentHash(article: Article): string {
  const { origin: _origin, ...content } = article;
  return createHash("sha256").update(JSON.stringify({ v: WRITER_VERSION, content })).digest("hex");
}
