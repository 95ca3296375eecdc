// A reviewed draft as the article the loader takes (the ArticleInput of ingestArticle):
// its ACCEPTED deals and roles, the entities they use and the ACCEPTED ones (a matched
// entity carries its graph id); and the loader's problems, which name ArticleInput paths,
// mapped back onto the draft's facts and fields for the reviewer.
import type { DraftContent, DraftProblem } from "../domain/drafts.js";

/** The article as plain data (the JSON encoding of the article file format). */
export type ArticleData = Record<string, unknown> & { id: string };

/** Which draft item each list entry of the article came from, by list and index. */
export interface ArticleOrigin {
  entities: string[];
  investments: string[];
  roles: string[];
}

export interface DraftArticle {
  article: ArticleData;
  origin: ArticleOrigin;
  /** What the draft itself says is wrong (a fact using a rejected entity); the loader is not asked then. */
  problems: DraftProblem[];
}

const present = <T>(v: T | null | undefined): v is T => v !== null && v !== undefined;
const clean = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => present(v) && !(Array.isArray(v) && v.length === 0)));

/** The article a draft publishes. */
export function draftArticle(d: DraftContent): DraftArticle {
  const deals = d.deals.filter((x) => x.decision === "ACCEPTED");
  const roles = d.roles.filter((x) => x.decision === "ACCEPTED");
  const problems: DraftProblem[] = [];
  const used = new Set<string>();
  const use = (ref: string, list: "investments" | "roles", index: number, factKey: string, field: string) => {
    used.add(ref);
    const e = d.entities.find((x) => x.key === ref);
    if (e?.decision === "REJECTED") {
      problems.push({
        path: `input.${list}[${index}].${field}`,
        message: `uses ${e.name} (${ref}), which is rejected: accept the entity or reject this fact`,
        key: factKey,
        field,
      });
    }
  };
  deals.forEach((x, i) => {
    use(x.target, "investments", i, x.key, "target");
    x.investors.forEach((ref, j) => use(ref, "investments", i, x.key, `investors[${j}]`));
  });
  roles.forEach((x, i) => {
    use(x.person, "roles", i, x.key, "person");
    use(x.company, "roles", i, x.key, "company");
  });
  const entities = d.entities.filter((e) => used.has(e.key) || e.decision === "ACCEPTED");

  const a = d.article;
  const article = clean({
    id: a.articleId,
    title: a.title,
    url: a.url,
    publisher: a.publisher,
    source: a.source,
    language: a.language,
    publishedOn: a.publishedOn,
    entities: entities.map((e) =>
      clean({ ref: e.key, type: e.type, name: e.name, aliases: e.aliases, id: e.matchedId, kind: e.type === "Company" ? e.kind : null }),
    ),
    investments: deals.map((x) =>
      clean({
        kind: x.kind,
        investors: x.investors,
        leadInvestors: x.leadInvestors,
        otherInvestors: x.otherInvestors || null,
        target: x.target,
        amount: x.amount,
        stakePercent: x.stakePercent,
        valuation: x.valuation,
        announcedOn: x.announcedOn,
        status: x.status,
        stage: x.stage,
        evidence: x.evidence,
      }),
    ),
    roles: roles.map((x) => clean({ person: x.person, company: x.company, title: x.title, since: x.since, until: x.until, evidence: x.evidence })),
    body: a.body,
  }) as ArticleData;
  // The entity list is required, even when empty.
  article.entities ??= [];
  article.id = a.articleId;
  return { article, origin: { entities: entities.map((e) => e.key), investments: deals.map((x) => x.key), roles: roles.map((x) => x.key) }, problems };
}

// The article's fields that the draft names differently.
const ARTICLE_FIELD: Record<string, string> = { id: "articleId" };
const ENTITY_FIELD: Record<string, string> = { ref: "key", id: "matchedId" };

/**
 * A loader problem (its path under the `input` argument, e.g.
 * `input.investments[0].amount.currency`) on the draft: the deal, role or entity it
 * concerns (`key`) and that item's field (`amount.currency`); an article field is
 * `article.<field>`, and a problem of the whole article has neither.
 */
export function problemOnDraft(path: string, message: string, origin: ArticleOrigin): DraftProblem {
  const rest = path.replace(/^input\.?/, "");
  const item = /^(entities|investments|roles)\[(\d+)\](?:\.(.+))?$/.exec(rest);
  if (item) {
    const key = origin[item[1] as keyof ArticleOrigin][Number(item[2])] ?? null;
    const sub = item[3] ?? null;
    const head = sub?.split(/[.[]/)[0] ?? "";
    const field = sub && item[1] === "entities" && ENTITY_FIELD[head] ? ENTITY_FIELD[head] + sub.slice(head.length) : sub;
    return { path, message, key, field };
  }
  if (!rest) return { path, message, key: null, field: null };
  const head = rest.split(/[.[]/)[0]!;
  return { path, message, key: null, field: `article.${ARTICLE_FIELD[head] ?? head}${rest.slice(head.length)}` };
}
