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

/** N synthetic articles; the pools scale with N so entities are shared across articles. */
export function* syntheticArticles({ articles, seed = 42 }: SyntheticOptions): Generator<ArticleFile & { id: string }> {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  // Zipf-like: index ~ n * u^3 puts most picks on the first few items.
  const heavy = <T>(xs: readonly T[]): T => xs[Math.floor(xs.length * r() ** 3)]!;
  const word = () => {
    const s = pick(SYLLABLES) + pick(SYLLABLES) + (r() < 0.5 ? pick(SYLLABLES) : "");
    return s[0]!.toUpperCase() + s.slice(1);
  };

  const companies: Co[] = [];
  const used = new Set<string>();
  const newCompany = (): Co => {
    let base = word();
    while (used.has(base)) base = word() + word().toLowerCase();
    used.add(base);
    const co = { name: `${base} ${pick(SUFFIXES)}`, alias: base };
    companies.push(co);
    return co;
  };
  const nCompanies = Math.max(20, Math.floor(articles * 0.8));
  for (let i = 0; i < nCompanies; i++) newCompany();
  const investors = companies.slice(0, Math.max(10, Math.floor(nCompanies / 20)));
  const people = Array.from({ length: Math.max(10, Math.floor(articles / 2)) }, (_, i) => `${pick(FIRST)} ${pick(LAST)} ${i}`);

  const pastDeals: Array<{ target: Co; kind: InvestmentKindName; investors: Co[]; month: string }> = [];

  for (let n = 0; n < articles; n++) {
    const year = 2015 + Math.floor(r() * 11);
    const month = String(1 + Math.floor(r() * 12)).padStart(2, "0");
    const refs = new Map<string, { ref: string; type: "Company" | "Person"; name: string; aliases?: string[] }>();
    const coRefs = new Map<Co, string>();
    const refOf = (co: Co) => {
      const known = coRefs.get(co);
      if (known) return known;
      const ref = `c${refs.size}`;
      coRefs.set(co, ref);
      // Half the time the article knows the company only by its short name.
      const short = r() < 0.3;
      refs.set(ref, { ref, type: "Company", name: short ? co.alias : co.name, aliases: short ? undefined : [co.alias] });
      return ref;
    };
    const personRef = (name: string) => {
      const existing = [...refs.values()].find((e) => e.name === name);
      if (existing) return existing.ref;
      const ref = `p${refs.size}`;
      refs.set(ref, { ref, type: "Person", name });
      return ref;
    };
    const sentences: string[] = [];
    const investments: NonNullable<ArticleFile["investments"]> = [];
    const roles: NonNullable<ArticleFile["roles"]> = [];
    const relations: NonNullable<ArticleFile["relations"]> = [];
    const facts = 3 + Math.floor(r() * 13);
    // An article states each fact once (the loader refuses a repeat): a deal drawn again
    // from the past, or a role or relation drawn twice, is left out of this article.
    const stated = new Set<string>();
    const once = (key: string) => !stated.has(key) && Boolean(stated.add(key));
    for (let f = 0; f < facts; f++) {
      const roll = r();
      if (roll < 0.6) {
        const again = pastDeals.length > 0 && r() < 0.2 ? pick(pastDeals) : undefined;
        const target = again?.target ?? pick(companies);
        const kind = again?.kind ?? pick(KINDS);
        const dealInvestors = again?.investors ?? [...new Set(Array.from({ length: 1 + Math.floor(r() * 3) }, () => heavy(investors)))].filter((c) => c !== target);
        if (!dealInvestors.length) continue;
        const dealMonth = again?.month ?? `${year}-${month}`;
        if (!once(["deal", target.alias, kind, dealMonth, ...dealInvestors.map((c) => c.alias).sort()].join("|"))) continue;
        const value = Math.round((1 + r() * 99) * 10 ** (6 + Math.floor(r() * 3)));
        const currency = pick(CURRENCIES);
        const names = dealInvestors.map((c) => c.alias).join(" and ");
        const evidence = `${names} put ${value} ${currency} into ${target.alias} (${kind.toLowerCase().replace(/_/g, " ")}, ${dealMonth}, fact ${f})`;
        sentences.push(`${evidence}.`);
        investments.push({
          kind,
          investors: dealInvestors.map(refOf),
          target: refOf(target),
          amount: { value, currency },
          ...(r() < 0.3 ? { stakePercent: Math.round(1 + r() * 60) } : {}),
          announcedOn: dealMonth,
          evidence,
        });
        if (!again) pastDeals.push({ target, kind, investors: dealInvestors, month: dealMonth });
      } else if (roll < 0.85) {
        const person = heavy(people);
        const co = pick(companies);
        const title = pick(TITLES);
        if (!once(["role", person, co.alias, title].join("|"))) continue;
        const evidence = `${person} serves as ${title} of ${co.alias} (fact ${f})`;
        sentences.push(`${evidence}.`);
        roles.push({ person: personRef(person), company: refOf(co), title, since: String(year - Math.floor(r() * 5)), evidence });
      } else {
        const a = pick(companies);
        const b = pick(companies);
        if (a === b) continue;
        const type = pick(RELATIONS);
        // A symmetric relation is one fact whichever way round it is drawn.
        const pair = SYMMETRIC_RELATIONS.has(type) ? [a.alias, b.alias].sort() : [a.alias, b.alias];
        if (!once(["relation", type, ...pair].join("|"))) continue;
        const evidence = `${a.alias} and ${b.alias}: ${type.toLowerCase().replace(/_/g, " ")} (fact ${f})`;
        sentences.push(`${evidence}.`);
        relations.push({ type, from: refOf(a), to: refOf(b), evidence });
      }
    }
    yield {
      id: `synthetic-${seed}-${n}`,
      title: `Synthetic deal news #${n}`,
      publisher: pick(["Bench Wire", "Demo Daily", "Le Banc d'Essai"]),
      language: "en",
      publishedOn: `${year}-${month}`,
      entities: [...refs.values()].map((e) => (e.aliases ? e : { ref: e.ref, type: e.type, name: e.name })),
      investments,
      roles,
      relations,
      body: sentences.join(" "),
    };
  }
}
