// Deterministic synthetic articles shaped like deal news: heavy-tailed investors (a few
// in a great many deals), companies known by several names, people with several roles
// over time, 3 to 15 facts per article, and deals reported again by later articles.
import { type InvestmentKindName, type RelationTypeName, SYMMETRIC_RELATIONS } from "../domain/vocabulary.js";
import type { ArticleFile } from "../ingest/model.js";

/** mulberry32: a small, fast, seedable PRNG; the same seed gives the same articles. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A list to pick from uniformly in which each word appears as often as its weight says, in
 * the order the weights are written (the order decides what a seed draws). Keyed by a
 * vocabulary type, so a word added to the vocabulary must be given a weight here.
 *
 * @example
 *   weighted<RelationTypeName>({ COMPETES_WITH: 2, PARTNERS_WITH: 1, SUBSIDIARY_OF: 1 })
 *   // ["COMPETES_WITH", "COMPETES_WITH", "PARTNERS_WITH", "SUBSIDIARY_OF"]
 */
export function weighted<K extends string>(weights: Record<K, number>): K[] {
  return (Object.entries(weights) as Array<[K, number]>).flatMap(([word, weight]) => Array.from({ length: weight }, () => word));
}

const SYLLABLES = ["ka", "lo", "mi", "ra", "ven", "tor", "qua", "zen", "bri", "lux", "nor", "sol", "tek", "vio", "dra", "pix"];
const SUFFIXES = ["Labs", "AI", "Systems", "Robotics", "Networks", "Bio", "Cloud", "Data"];
const FIRST = ["Ada", "Ben", "Chloé", "Dev", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jun", "Kofi", "Lena", "Mateo", "Nora", "Omar", "Priya"];
const LAST = ["Martin", "Nguyen", "Okafor", "Schmidt", "Rossi", "Tanaka", "Dubois", "Kowalski", "Haddad", "Silva", "Larsen", "Moreau"];
const TITLES = ["CEO", "CTO", "CFO", "Chief AI Officer", "Board member", "President"];
// Mostly funding rounds, as in the news.
const KINDS = weighted<InvestmentKindName>({ FUNDING_ROUND: 3, EQUITY_STAKE: 1, ACQUISITION: 1, LICENSE_AND_HIRE: 1 });
const RELATIONS = weighted<RelationTypeName>({ COMPETES_WITH: 1, PARTNERS_WITH: 1, SUBSIDIARY_OF: 1 });
const CURRENCIES = ["USD", "USD", "USD", "EUR", "GBP"];

interface Co {
  name: string;
  alias: string;
}

export interface SyntheticOptions {
  articles: number;
  seed?: number;
}

interface PastDeal {
  target: Co;
  kind: InvestmentKindName;
  investors: Co[];
  month: string;
}

/** What every article draws from: the seeded draws, and pools that scale with the article count. */
interface World {
  r: () => number;
  pick: <T>(xs: readonly T[]) => T;
  /** Zipf-like: index ~ n * u^3 puts most picks on the first few items. */
  heavy: <T>(xs: readonly T[]) => T;
  companies: Co[];
  investors: Co[];
  people: string[];
  pastDeals: PastDeal[];
}

/** One article being written: its entities, by ref, and the facts it states. */
interface Draft {
  year: number;
  refs: Map<string, { ref: string; type: "Company" | "Person"; name: string; aliases?: string[] }>;
  coRefs: Map<Co, string>;
  sentences: string[];
  investments: NonNullable<ArticleFile["investments"]>;
  roles: NonNullable<ArticleFile["roles"]>;
  relations: NonNullable<ArticleFile["relations"]>;
  /** Keys of the facts stated so far: an article states each fact once (the loader refuses a repeat). */
  stated: Set<string>;
}

/** N synthetic articles; the pools scale with N so entities are shared across articles. */
export function* syntheticArticles({ articles, seed = 42 }: SyntheticOptions): Generator<ArticleFile & { id: string }> {
  const world = newWorld(seed, articles);
  for (let n = 0; n < articles; n++) yield nextArticle(world, seed, n);
}

function newWorld(seed: number, articles: number): World {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const heavy = <T>(xs: readonly T[]): T => xs[Math.floor(xs.length * r() ** 3)]!;
  const companies = newCompanies(pick, r, Math.max(20, Math.floor(articles * 0.8)));
  const investors = companies.slice(0, Math.max(10, Math.floor(companies.length / 20)));
  const people = Array.from({ length: Math.max(10, Math.floor(articles / 2)) }, (_, i) => `${pick(FIRST)} ${pick(LAST)} ${i}`);
  return { r, pick, heavy, companies, investors, people, pastDeals: [] };
}

/** `count` companies with distinct short names, each with a suffixed display name. */
function newCompanies(pick: World["pick"], r: () => number, count: number): Co[] {
  const word = () => {
    const s = pick(SYLLABLES) + pick(SYLLABLES) + (r() < 0.5 ? pick(SYLLABLES) : "");
    return s[0]!.toUpperCase() + s.slice(1);
  };
  const companies: Co[] = [];
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    let base = word();
    while (used.has(base)) base = word() + word().toLowerCase();
    used.add(base);
    companies.push({ name: `${base} ${pick(SUFFIXES)}`, alias: base });
  }
  return companies;
}

/** Article `n`: 3 to 15 facts, 60% deals, 25% roles, 15% relations. */
function nextArticle(world: World, seed: number, n: number): ArticleFile & { id: string } {
  const year = 2015 + Math.floor(world.r() * 11);
  const month = String(1 + Math.floor(world.r() * 12)).padStart(2, "0");
  const draft: Draft = { year, refs: new Map(), coRefs: new Map(), sentences: [], investments: [], roles: [], relations: [], stated: new Set() };
  const facts = 3 + Math.floor(world.r() * 13);
  for (let f = 0; f < facts; f++) {
    const roll = world.r();
    if (roll < 0.6) stateDeal(world, draft, `${year}-${month}`, f);
    else if (roll < 0.85) stateRole(world, draft, f);
    else stateRelation(world, draft, f);
  }
  return {
    id: `synthetic-${seed}-${n}`,
    title: `Synthetic deal news #${n}`,
    publisher: world.pick(["Bench Wire", "Demo Daily", "Le Banc d'Essai"]),
    language: "en",
    publishedOn: `${year}-${month}`,
    entities: [...draft.refs.values()].map((e) => (e.aliases ? e : { ref: e.ref, type: e.type, name: e.name })),
    investments: draft.investments,
    roles: draft.roles,
    relations: draft.relations,
    body: draft.sentences.join(" "),
  };
}

/** The article's ref for a company, declared on its first mention. */
function refOf(world: World, draft: Draft, co: Co): string {
  const known = draft.coRefs.get(co);
  if (known) return known;
  const ref = `c${draft.refs.size}`;
  draft.coRefs.set(co, ref);
  // Three times in ten the article knows the company only by its short name.
  const short = world.r() < 0.3;
  draft.refs.set(ref, { ref, type: "Company", name: short ? co.alias : co.name, aliases: short ? undefined : [co.alias] });
  return ref;
}

/** The article's ref for a person, declared on its first mention. */
function personRef(draft: Draft, name: string): string {
  const existing = [...draft.refs.values()].find((e) => e.name === name);
  if (existing) return existing.ref;
  const ref = `p${draft.refs.size}`;
  draft.refs.set(ref, { ref, type: "Person", name });
  return ref;
}

/**
 * True the first time the article states the fact `key`: a deal drawn again from the past,
 * or a role or relation drawn twice, is left out of this article.
 */
const once = (draft: Draft, key: string) => !draft.stated.has(key) && Boolean(draft.stated.add(key));

/** A deal: a new one, or one time in five a past deal reported again. */
function stateDeal(world: World, draft: Draft, yearMonth: string, f: number): void {
  const { r, pick, heavy } = world;
  const again = world.pastDeals.length > 0 && r() < 0.2 ? pick(world.pastDeals) : undefined;
  const target = again?.target ?? pick(world.companies);
  const kind = again?.kind ?? pick(KINDS);
  const dealInvestors = again?.investors ?? [...new Set(Array.from({ length: 1 + Math.floor(r() * 3) }, () => heavy(world.investors)))].filter((c) => c !== target);
  if (!dealInvestors.length) return;
  const dealMonth = again?.month ?? yearMonth;
  if (!once(draft, ["deal", target.alias, kind, dealMonth, ...dealInvestors.map((c) => c.alias).sort()].join("|"))) return;
  const value = Math.round((1 + r() * 99) * 10 ** (6 + Math.floor(r() * 3)));
  const currency = pick(CURRENCIES);
  const names = dealInvestors.map((c) => c.alias).join(" and ");
  const evidence = `${names} put ${value} ${currency} into ${target.alias} (${kind.toLowerCase().replace(/_/g, " ")}, ${dealMonth}, fact ${f})`;
  draft.sentences.push(`${evidence}.`);
  draft.investments.push({
    kind,
    investors: dealInvestors.map((c) => refOf(world, draft, c)),
    target: refOf(world, draft, target),
    amount: { value, currency },
    ...(r() < 0.3 ? { stakePercent: Math.round(1 + r() * 60) } : {}),
    announcedOn: dealMonth,
    evidence,
  });
  if (!again) world.pastDeals.push({ target, kind, investors: dealInvestors, month: dealMonth });
}

/** A role: one of the busier people holding a title at a company since the article's year or earlier. */
function stateRole(world: World, draft: Draft, f: number): void {
  const person = world.heavy(world.people);
  const co = world.pick(world.companies);
  const title = world.pick(TITLES);
  if (!once(draft, ["role", person, co.alias, title].join("|"))) return;
  const evidence = `${person} serves as ${title} of ${co.alias} (fact ${f})`;
  draft.sentences.push(`${evidence}.`);
  draft.roles.push({ person: personRef(draft, person), company: refOf(world, draft, co), title, since: String(draft.year - Math.floor(world.r() * 5)), evidence });
}

/** A relation between two distinct companies. */
function stateRelation(world: World, draft: Draft, f: number): void {
  const a = world.pick(world.companies);
  const b = world.pick(world.companies);
  if (a === b) return;
  const type = world.pick(RELATIONS);
  // A symmetric relation is one fact whichever way round it is drawn.
  const pair = SYMMETRIC_RELATIONS.has(type) ? [a.alias, b.alias].sort() : [a.alias, b.alias];
  if (!once(draft, ["relation", type, ...pair].join("|"))) return;
  const evidence = `${a.alias} and ${b.alias}: ${type.toLowerCase().replace(/_/g, " ")} (fact ${f})`;
  draft.sentences.push(`${evidence}.`);
  draft.relations.push({ type, from: refOf(world, draft, a), to: refOf(world, draft, b), evidence });
}
