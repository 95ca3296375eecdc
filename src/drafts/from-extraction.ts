// A draft's content from what the extractor proposed: every entity, deal and role with its
// confidence and rule, evidence as offsets in the body, and a first decision (ACCEPTED
// where the extractor made it active, i.e. at or over its threshold; else PENDING).
import type { DraftContent, DraftDeal, DraftEntity, DraftRole } from "../domain/drafts.js";
import { evidenceText } from "../extract/text.js";
import type { Extraction, ProposedEntity } from "../extract/extract.js";
import type { InputMetadata } from "../extract/input.js";
import { passageOf } from "../domain/passage.js";


/** What the person creating the draft said of the article, over what the page's metadata says. */
export interface DraftArticleGiven {
  articleId?: string;
  language?: string;
  publishedOn?: string;
  url?: string;
}

const decided = (active: boolean) => (active ? "ACCEPTED" : "PENDING");

/** The draft content of one extraction; `metadata` is the page's (src/extract/input.ts). */
export function draftFromExtraction(x: Extraction, metadata: InputMetadata, given: DraftArticleGiven = {}): DraftContent {
  const keyOf = new Map<object, string>(x.entities.map((e) => [e, e.ref]));
  const key = (e: object) => keyOf.get(e) ?? "unknown";
  const entities: DraftEntity[] = x.entities.map((e: ProposedEntity) => ({
    key: e.ref,
    type: e.type,
    name: e.known?.name ?? e.name,
    aliases: e.aliases,
    kind: e.type === "Company" ? (e.kind ?? null) : null,
    matchedId: e.known?.id ?? null,
    matchedName: e.known?.name ?? null,
    candidates: (e.ambiguous ?? []).map((k) => ({ id: k.id, name: k.name })),
    confidence: e.confidence,
    rule: e.rule,
    reasons: e.reasons,
    decision: decided(e.active),
    mentions: e.mentions.map((m) => ({ start: m.start, end: m.end })),
  }));
  const deals: DraftDeal[] = x.deals.map((d, i) => ({
    key: `deal-${i + 1}`,
    kind: d.kind,
    target: key(d.target),
    investors: d.investors.map(key),
    leadInvestors: d.leads.map(key),
    otherInvestors: d.otherInvestors,
    amount: d.amount ? { value: d.amount.value, currency: d.amount.currency } : null,
    valuation: d.valuation ? { value: d.valuation.value, currency: d.valuation.currency } : null,
    stakePercent: d.stake?.value ?? null,
    stage: d.stage?.value ?? null,
    status: d.status ?? null,
    announcedOn: d.announcedOn?.date ?? null,
    evidence: evidenceText(x.body, d.evidence),
    evidenceSpan: { start: d.evidence.start, end: d.evidence.end },
    confidence: d.confidence,
    rule: d.rule,
    notes: [...d.notes, ...(d.amount?.assumed ? ["the amount's currency was assumed"] : [])],
    decision: decided(d.active),
  }));
  const roles: DraftRole[] = x.roles.map((r, i) => ({
    key: `role-${i + 1}`,
    person: key(r.person),
    company: key(r.company),
    title: r.title,
    since: r.since?.date ?? null,
    until: r.until?.date ?? null,
    evidence: evidenceText(x.body, r.evidence),
    evidenceSpan: { start: r.evidence.start, end: r.evidence.end },
    confidence: r.confidence,
    rule: r.rule,
    notes: r.notes,
    decision: decided(r.active),
  }));
  return {
    article: {
      articleId: given.articleId ?? x.id,
      title: x.title,
      publisher: metadata.publisher ?? null,
      url: given.url ?? metadata.url ?? null,
      source: x.source?.name ?? null,
      language: given.language ?? metadata.language ?? x.lang,
      publishedOn: given.publishedOn ?? x.published,
      body: x.body,
    },
    entities,
    deals,
    roles,
    problems: [],
  };
}

/**
 * Where `evidence` stands in `body`, white space runs matching any white space (evidence
 * is written with them folded); null when the body does not hold it.
 */
export function evidenceSpan(body: string, evidence: string): { start: number; end: number } | null {
  return passageOf(body, evidence);
}

/**
 * Where the body names an entity a reviewer added: each of `names` as a whole word (not
 * inside a longer one), in body order, the first `max`.
 */
export function mentionsIn(body: string, names: string[], max: number): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  for (const name of names.map((n) => n.trim()).filter(Boolean)) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
    for (const m of body.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "gu"))) found.push({ start: m.index, end: m.index + m[0].length });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((m, i) => i === 0 || m.start >= found[i - 1]!.end).slice(0, max);
}
