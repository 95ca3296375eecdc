// An article rebuilt from what the graph holds of it (its node, its mentions, its sources),
// to be resolved and written again under a decision that changes which entity one of its
// names is (merging two companies or two people, and undoing that). Each entity is declared
// with the id it has, each deal with the id the article gave it if any, so resolution,
// decisions included, places every statement as loading the file would.
import type { Db } from "../db/db.js";
import type { DecisionRules } from "../domain/decisions.js";
import { type ArticleContents, articleContents } from "../store/articles/index.js";
import type { Article, ArticleFile } from "./model.js";
import { type ArticlePlan, planArticles } from "./plan.js";
import { InvalidArticlesError } from "./problems.js";
import { resolveArticles } from "./resolve.js";

type Row = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

/** Drops the fields left undefined, as a file leaves them out. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function money(value: unknown, currency: unknown) {
  const v = num(value);
  const c = str(currency);
  return v !== undefined && c ? { value: v, currency: c } : undefined;
}

function investment(s: Row): NonNullable<ArticleFile["investments"]>[number] {
  const leads = strs(s.leadIds);
  return defined({
    id: str(s.givenId),
    kind: s.kind as never,
    investors: strs(s.investorIds),
    leadInvestors: leads.length ? leads : undefined,
    otherInvestors: s.otherInvestors === true ? true : undefined,
    target: s.targetId as string,
    amount: money(s.amountValue, s.amountCurrency),
    stakePercent: num(s.stakePercent),
    valuation: money(s.valuationValue, s.valuationCurrency),
    announcedOn: str(s.announcedOn),
    status: str(s.status) as never,
    stage: str(s.stage) as never,
    evidence: s.evidence as string,
  });
}

/** The article a graph holds, as a file would declare it; refs are entity ids. */
export function articleFromGraph(c: ArticleContents): Article {
  const n = c.node;
  return defined({
    id: n.id as string,
    origin: `graph:${n.id as string}`,
    title: n.title as string,
    url: str(n.url),
    publisher: n.publisher as string,
    source: str(n.source),
    language: n.language as string,
    publishedOn: n.publishedOn as string,
    body: n.body as string,
    entities: c.mentions.map((m) =>
      defined({
        ref: m.id,
        id: m.id,
        type: m.type,
        name: m.props.name as string,
        aliases: strs(m.props.aliases),
        kind: str(m.props.kind) as never,
        website: str(m.props.website),
        country: str(m.props.country),
        description: str(m.props.description),
      }),
    ),
    investments: c.deals.map(investment),
    roles: c.roles.map((s) =>
      defined({ person: s.personId as string, company: s.companyId as string, title: s.title as string, since: str(s.since), until: str(s.until), evidence: s.evidence as string }),
    ),
    relations: c.relations.map((s) => ({ type: s.type as never, from: s.fromId as string, to: s.toId as string, evidence: s.evidence as string })),
  });
}

/**
 * The plans of articles the graph holds, rebuilt from it (replay.ts) and resolved again
 * under `rules` though their content is unchanged: what a decision on entities writes, in
 * its own transaction (decide.ts). Throws InvalidArticlesError when one would no longer be
 * valid (it would name one entity twice).
 */
export async function planReplay(db: Db, ids: readonly string[], rules: DecisionRules): Promise<ArticlePlan[]> {
  const reader = db.reader();
  const articles = (await articleContents(reader, ids)).map(articleFromGraph);
  const resolved = await resolveArticles(reader, articles, { force: new Set(ids), rules });
  const problems = resolved.flatMap((r) => r.problems);
  if (problems.length) throw new InvalidArticlesError(problems);
  return planArticles(resolved);
}
