// A draft: what the extractor proposed from one text, kept until a reviewer publishes or
// discards it (the review inbox). Its words (statuses, formats, a fact's decision) and the
// shape the drafts store keeps, checked when read back (draftContentSchema).
import { z } from "zod";
import { COMPANY_KINDS, DEAL_STATUSES, INVESTMENT_KINDS, ROUND_STAGES } from "./vocabulary.js";

export const DRAFT_STATUSES = ["OPEN", "PUBLISHED", "DISCARDED"] as const;
export type DraftStatusName = (typeof DRAFT_STATUSES)[number];

/** What a draft was made from: the formats the input reader takes (src/extract/input.ts). */
export const DRAFT_FORMATS = ["TEXT", "MARKDOWN", "HTML"] as const;
export type DraftFormatName = (typeof DRAFT_FORMATS)[number];

/** A reviewer's word on a proposed fact or entity: only ACCEPTED ones are published. */
export const FACT_DECISIONS = ["ACCEPTED", "REJECTED", "PENDING"] as const;
export type FactDecisionName = (typeof FACT_DECISIONS)[number];

/** Who proposed a fact the reviewer added: the rule id of hand-made facts. */
export const REVIEWER_RULE = "reviewer";

const span = z.object({ start: z.number().int(), end: z.number().int() });
const money = z.object({ value: z.number(), currency: z.string() });
const decision = z.enum(FACT_DECISIONS);

export const draftArticleSchema = z.object({
  articleId: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  source: z.string().nullable(),
  language: z.string(),
  publishedOn: z.string(),
  body: z.string(),
});

export const draftEntitySchema = z.object({
  key: z.string(),
  type: z.enum(["Company", "Person"]),
  name: z.string(),
  aliases: z.array(z.string()),
  kind: z.enum(COMPANY_KINDS).nullable(),
  matchedId: z.string().nullable(),
  matchedName: z.string().nullable(),
  /** Graph entities of the same name, when the extractor could not choose. */
  candidates: z.array(z.object({ id: z.string(), name: z.string() })),
  confidence: z.number(),
  rule: z.string(),
  reasons: z.array(z.string()),
  decision,
  mentions: z.array(span),
});

/** What a deal and a role proposal both carry: their evidence, where it stands, and what the extractor and the reviewer said of it. */
const proposedFact = {
  evidence: z.string(),
  evidenceSpan: span.nullable(),
  confidence: z.number(),
  rule: z.string(),
  notes: z.array(z.string()),
  decision,
};

export const draftDealSchema = z.object({
  key: z.string(),
  kind: z.enum(INVESTMENT_KINDS),
  target: z.string(),
  investors: z.array(z.string()),
  leadInvestors: z.array(z.string()),
  otherInvestors: z.boolean(),
  amount: money.nullable(),
  valuation: money.nullable(),
  stakePercent: z.number().nullable(),
  stage: z.enum(ROUND_STAGES).nullable(),
  status: z.enum(DEAL_STATUSES).nullable(),
  announcedOn: z.string().nullable(),
  ...proposedFact,
});

export const draftRoleSchema = z.object({
  key: z.string(),
  person: z.string(),
  company: z.string(),
  title: z.string(),
  since: z.string().nullable(),
  until: z.string().nullable(),
  ...proposedFact,
});

export const draftProblemSchema = z.object({
  /** The ArticleInput path the loader named, e.g. input.investments[0].amount.currency. */
  path: z.string(),
  message: z.string(),
  /** The draft deal, role or entity it concerns; null for the article's own fields. */
  key: z.string().nullable(),
  /** The draft's field, e.g. amount.currency or article.publisher. */
  field: z.string().nullable(),
});

/** What a draft holds besides its bookkeeping: stored as one JSON property of its node. */
export const draftContentSchema = z.object({
  article: draftArticleSchema,
  entities: z.array(draftEntitySchema),
  deals: z.array(draftDealSchema),
  roles: z.array(draftRoleSchema),
  problems: z.array(draftProblemSchema),
});

export type DraftArticle = z.infer<typeof draftArticleSchema>;
export type DraftEntity = z.infer<typeof draftEntitySchema>;
export type DraftDeal = z.infer<typeof draftDealSchema>;
export type DraftRole = z.infer<typeof draftRoleSchema>;
export type DraftProblem = z.infer<typeof draftProblemSchema>;
export type DraftContent = z.infer<typeof draftContentSchema>;

/** A draft as the store keeps it: its content and who did what to it when. */
export interface Draft extends DraftContent {
  id: string;
  status: DraftStatusName;
  /** 1 when created, one more at each change: a save names the version it edited. */
  version: number;
  format: DraftFormatName;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  updatedBy: string;
  publishedArticleId: string | null;
}
