// Step 4 of the pipeline (parse -> validate -> resolve -> plan -> apply -> publish): from
// resolved articles, what to write, as a plain value: each changed article's node, its
// mentions and the sources it gives each fact (the rows of the apply step's statements),
// which facts and entities it creates or updates, and which it leaves unchanged. Pure: no
// database, no clock, no randomness; tests/unit/ingest-plan.test.ts checks it alone.
//
// What a write removes (facts and entities left with nothing to support them) depends on
// what other articles say of them; the apply step's derivations find it in the graph.
// The benchmark's bulk path builds its rows with the same functions.
import { conversionYear, toUsd } from "../money/currency.js";
import type { StoredArticle } from "../store/articles/index.js";
import type { DealSourceRow, PossibleDuplicateRow } from "../store/deals/index.js";
import type { EntityDuplicateRow, MentionRow } from "../store/entities/index.js";
import type { RelationSourceRow } from "../store/relations/index.js";
import type { RoleSourceRow } from "../store/roles/index.js";
import { type Article, type InvestmentDecl, type Money, relationEnds, type RelationDecl, type RoleDecl } from "./model.js";
import { refsOf, type ResolvedArticle, type ResolvedEntity } from "./resolve.js";
import type { DealMatch } from "./resolve-deals.js";

export type NodeType = "Company" | "Person" | "Investment" | "Role" | "Relation";

/** A node an article's write touches. */
export interface NodeRef {
  id: string;
  type: NodeType;
}

export type ArticleOutcome = "created" | "updated" | "unchanged" | "removed";

/**
 * What writing (or withdrawing) one article did. `created`: facts and entities that did not
 * exist; `updated`: existing ones it now sources or mentions, or did before and no longer
 * does (their sources changed);
 * `unchanged`: everything it states, when its content had not changed; `removed`: facts
 * and entities deleted because nothing supports them any more.
 */
export interface ArticleWriteResult {
  id: string;
  outcome: ArticleOutcome;
  created: NodeRef[];
  updated: NodeRef[];
  unchanged: NodeRef[];
  removed: NodeRef[];
}

/** One article's part of the plan. */
export interface ArticlePlan {
  id: string;
  outcome: "created" | "updated" | "unchanged";
  /** What the graph held of the article before: what the derivations re-derive, and may remove. */
  before: StoredArticle;
  /** The article node's properties; absent when it is unchanged (nothing is written). */
  node?: Record<string, unknown>;
  mentions: MentionRow[];
  deals: DealSourceRow[];
  /** New deals resolution could not tell from others: links for a person to decide. */
  duplicates: PossibleDuplicateRow[];
  /** New entities whose names leave doubt, likewise. */
  entityDuplicates: EntityDuplicateRow[];
  roles: RoleSourceRow[];
  relations: RelationSourceRow[];
  created: NodeRef[];
  updated: NodeRef[];
  unchanged: NodeRef[];
}

/** What a batch's derivations must recompute: facts by kind, and entities. */
export interface Settle {
  deals: string[];
  roles: string[];
  relations: string[];
  /** Entities the changed articles used to mention (re-derived from all their mentions). */
  entities: string[];
}

/** The plan of each resolved article, in order. The articles must have no problems. */
export function planArticles(resolved: readonly ResolvedArticle[]): ArticlePlan[] {
  return resolved.map(planArticle);
}

export function planArticle(r: ResolvedArticle): ArticlePlan {
  const { article, stored } = r;
  const base = { id: article.id, before: stored, mentions: [], deals: [], duplicates: [], entityDuplicates: [], roles: [], relations: [], created: [], updated: [] };
  if (!r.changed) return { ...base, outcome: "unchanged", unchanged: [...stored.entities, ...stored.facts] };
  if (r.problems.length) throw new Error(`plan: article ${article.id} has problems; validation stops the run before planning`);
  const ref = refsOf(r);
  const deals = (article.investments ?? []).map((inv, i) => {
    const { id, dealKey, match } = r.deals[i]!;
    const row = dealSource(article, inv, ref);
    return { ...row, source: { ...row.source, ...matchProps(match) }, id, dealKey };
  });
  const duplicates = r.deals.flatMap((d) =>
    d.duplicates.map((x) => ({ fromId: d.id, toId: x.id, score: x.score, agreed: x.agreed, conflicting: x.conflicting, articleId: article.id })),
  );
  const roles = (article.roles ?? []).map((x, i) => ({ ...roleSource(article, x, ref), id: r.roles[i]!.id }));
  const relations = (article.relations ?? []).map((x, i) => ({ ...relationSource(article, x, ref), id: r.relations[i]!.id }));
  const touched: Array<{ ref: NodeRef; isNew: boolean }> = [
    ...r.entities.map((e) => ({ ref: { id: e.id, type: e.type } as NodeRef, isNew: e.isNew })),
    ...r.deals.map((f) => ({ ref: { id: f.id, type: "Investment" } as NodeRef, isNew: f.isNew })),
    ...r.roles.map((f) => ({ ref: { id: f.id, type: "Role" } as NodeRef, isNew: f.isNew })),
    ...r.relations.map((f) => ({ ref: { id: f.id, type: "Relation" } as NodeRef, isNew: f.isNew })),
  ];
  return {
    ...base,
    outcome: stored.hash ? "updated" : "created",
    node: articleNode(article, r.hash),
    mentions: r.entities.map((e) => mentionRow(article, e)),
    deals,
    duplicates,
    entityDuplicates: r.entityDuplicates,
    roles,
    relations,
    created: touched.filter((x) => x.isNew).map((x) => x.ref),
    updated: touched.filter((x) => !x.isNew).map((x) => x.ref),
    unchanged: [],
  };
}

/**
 * What the derivations of a batch must recompute: every fact the changed articles sourced
 * before or source now, and the entities they mentioned before (which may have lost their
 * last mention). Entities they mention now only take in the new mentions.
 */
export function settleOf(plans: readonly ArticlePlan[]): Settle {
  const changed = plans.filter((p) => p.outcome !== "unchanged");
  const before = changed.flatMap((p) => p.before.facts);
  const ids = (type: NodeType, written: Array<{ id: string }>) => [...new Set([...before.filter((f) => f.type === type).map((f) => f.id), ...written.map((w) => w.id)])];
  return {
    deals: ids("Investment", changed.flatMap((p) => p.deals)),
    roles: ids("Role", changed.flatMap((p) => p.roles)),
    relations: ids("Relation", changed.flatMap((p) => p.relations)),
    entities: [...new Set(changed.flatMap((p) => p.before.entities.map((e) => e.id)))],
  };
}

/** What withdrawing articles re-derives: everything they sourced and mentioned. */
export function settleOfWithdrawal(stored: readonly StoredArticle[]): Settle {
  const facts = (type: NodeType) => [...new Set(stored.flatMap((s) => s.facts.filter((f) => f.type === type).map((f) => f.id)))];
  return { deals: facts("Investment"), roles: facts("Role"), relations: facts("Relation"), entities: [...new Set(stored.flatMap((s) => s.entities.map((e) => e.id)))] };
}

/** The properties of an article's node. */
export function articleNode(article: Article, hash: string): Record<string, unknown> {
  return {
    id: article.id,
    title: article.title,
    url: article.url ?? null,
    publisher: article.publisher,
    source: article.source ?? null,
    language: article.language,
    publishedOn: article.publishedOn,
    body: article.body,
    contentHash: hash,
  };
}

/** What the article says of one entity (its MENTIONS relationship). */
export function mentionRow(article: Article, e: Pick<ResolvedEntity, "id" | "type" | "decl" | "keys">): MentionRow {
  return {
    articleId: article.id,
    id: e.id,
    type: e.type,
    props: {
      name: e.decl.name,
      aliases: e.decl.aliases ?? [],
      keys: e.keys,
      kind: e.decl.kind ?? null,
      website: e.decl.website ?? null,
      country: e.decl.country ?? null,
      description: e.decl.description ?? null,
      publishedOn: article.publishedOn,
    },
  };
}

function moneyProps(prefix: "amount" | "valuation", money: Money | undefined, year: number | null) {
  return {
    [`${prefix}Value`]: money?.value ?? null,
    [`${prefix}Currency`]: money?.currency ?? null,
    [`${prefix}Usd`]: money ? toUsd(money.value, money.currency, year) : null,
  };
}

/** What the article says of one deal (its SOURCED_FROM relationship); `ref` gives entity ids. */
export function dealSource(article: Article, inv: InvestmentDecl, ref: (r: string) => string): { articleId: string; source: Record<string, unknown> } {
  const year = conversionYear(inv.announcedOn, article.publishedOn);
  return {
    articleId: article.id,
    source: {
      evidence: inv.evidence,
      // The id the article gave the deal, if any: what replaying the article from the graph gives again (replay.ts).
      givenId: inv.id ?? null,
      kind: inv.kind,
      status: inv.status ?? null,
      targetId: ref(inv.target),
      investorIds: inv.investors.map(ref),
      leadIds: (inv.leadInvestors ?? []).map(ref),
      otherInvestors: inv.otherInvestors ?? false,
      stakePercent: inv.stakePercent ?? null,
      stage: inv.stage ?? null,
      announcedOn: inv.announcedOn ?? null,
      publishedOn: article.publishedOn,
      ...moneyProps("amount", inv.amount, year),
      ...moneyProps("valuation", inv.valuation, year),
    },
  };
}

/** How a report was matched to its deal, as its source keeps it (read back by the API's Source.match). */
export function matchProps(match: DealMatch): Record<string, unknown> {
  const { natural } = match;
  return {
    matchMethod: match.method,
    matchScore: match.score,
    matchAgreed: match.agreed,
    matchConflicting: match.conflicting,
    matchDecision: match.decision,
    // Placed by a decision: the match it set aside, as a decision applied to the graph keeps it.
    ...(natural
      ? {
          decidedFromMethod: natural.method,
          decidedFromScore: natural.score,
          decidedFromAgreed: natural.agreed,
          decidedFromConflicting: natural.conflicting,
          decidedFromDecision: natural.decision,
        }
      : {}),
  };
}

/** What the article says of one role. */
export function roleSource(article: Article, x: RoleDecl, ref: (r: string) => string): { articleId: string; source: Record<string, unknown> } {
  return {
    articleId: article.id,
    source: { evidence: x.evidence, personId: ref(x.person), companyId: ref(x.company), title: x.title, since: x.since ?? null, until: x.until ?? null, publishedOn: article.publishedOn },
  };
}

/** What the article says of one relation (a symmetric one with its companies in id order). */
export function relationSource(article: Article, x: RelationDecl, ref: (r: string) => string): { articleId: string; type: string; source: Record<string, unknown> } {
  const [fromId, toId] = relationEnds(x.type, ref(x.from), ref(x.to));
  return { articleId: article.id, type: x.type, source: { evidence: x.evidence, type: x.type, fromId, toId, publishedOn: article.publishedOn } };
}
