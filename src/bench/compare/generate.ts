// The benchmark's data: an endless, deterministic stream of synthetic deal articles, shaped
// like deal news. Any prefix of the stream is itself a plausible data set, so the 10k-deal
// graph is the 1k-deal graph plus what follows it: sizes load one on top of the other.
//
// Shape (what the API's costs depend on):
// - heavy-tailed investors: picks follow index ~ pool * u^2 over a pool that grows with the
//   stream, so the oldest firms are in a few percent of all deals (hundreds of deals at 1k,
//   thousands at 100k), most firms in a handful;
// - companies known by several names: a display name ("Kalo Labs"), its short form ("Kalo"),
//   for some a former name ("Kaloworks"); one article in three uses the short form alone;
// - people with several roles over time: a person's career moves from company to company,
//   an article reporting the move gives the old role's end and the new one's start;
// - articles citing 3 to 15 facts: 60% deals, 25% roles, 15% relations;
// - several sources per deal: one deal fact in five re-reports a recent deal (same target,
//   kind, month and investors: the same deal by its deal key), some saying it closed.
//
// Names are built from the entity's index (syllables of its base-16 digits, a prefix-free
// set), so every name, alias and slug is unique and entity resolution by name never meets
// an ambiguity: the ingest path and the bulk path (bulk.ts) give every entity the same id.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { DealStatusName, InvestmentKindName, RelationTypeName } from "../../domain/vocabulary.js";
import type { ArticleFile } from "../../ingest/model.js";
import { dealKey } from "../../ingest/model.js";
import { slugify } from "../../text/fold.js";
import { rng, weighted } from "../synthetic.js";

export type GeneratedArticle = ArticleFile & { id: string };

export interface StreamItem {
  article: GeneratedArticle;
  /** Deals this article reports for the first time. */
  newDeals: number;
}

// Prefix-free: no syllable starts another, so a concatenation reads back one way only.
const SYLLABLES = ["ka", "lo", "mi", "ra", "ven", "tor", "qua", "zen", "bri", "lux", "nor", "sol", "tek", "vio", "dra", "pix"];
const SUFFIXES = ["Labs", "AI", "Systems", "Robotics", "Networks", "Bio", "Cloud", "Data", "Capital", "Ventures"];
const FIRST = ["Ada", "Ben", "Chloé", "Dev", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jun", "Kofi", "Lena", "Mateo", "Nora", "Omar", "Priya"];
const TITLES = ["CEO", "CTO", "CFO", "Chief AI Officer", "Board member", "President", "COO", "VP Engineering"];
const COUNTRIES = ["US", "US", "US", "GB", "FR", "DE", "IL", "CA", "IN", "CN", "SG", "SE"];
const CURRENCIES = ["USD", "USD", "USD", "USD", "EUR", "GBP"];
const PUBLISHERS = ["Bench Wire", "Demo Daily", "Le Banc d'Essai", "Synthetic Times", "Deal Ledger"];
// Mostly funding rounds; competitors more often than partners or parents.
const KINDS = weighted<InvestmentKindName>({ FUNDING_ROUND: 4, EQUITY_STAKE: 1, ACQUISITION: 1, LICENSE_AND_HIRE: 1 });
const RELATIONS = weighted<RelationTypeName>({ COMPETES_WITH: 2, PARTNERS_WITH: 1, SUBSIDIARY_OF: 1 });
/** How an article's evidence says each relation. */
const RELATION_WORDS: Record<RelationTypeName, string> = { COMPETES_WITH: "competes with", PARTNERS_WITH: "partners with", SUBSIDIARY_OF: "is a subsidiary of" };

/** A word spelled from `n`'s base-16 digits, one syllable each; distinct n, distinct words. */
function spell(n: number): string {
  let s = "";
  do {
    s = SYLLABLES[n % 16]! + s;
    n = Math.floor(n / 16);
  } while (n > 0);
  return s[0]!.toUpperCase() + s.slice(1);
}

interface Company {
  /** Display name: the name the first article that names it uses. */
  name: string;
  short: string;
  former?: string;
  country: string;
  investor: boolean;
  /** Set by the first article that names it, as the ingest would: the slug of that name. */
  id?: string;
}

interface Person {
  name: string;
  initials: string;
  id?: string;
  career: Array<{ company: Company; title: string; since: string; until?: string }>;
}

type Investor = { company: Company } | { person: Person };

interface PastDeal {
  target: Company;
  kind: InvestmentKindName;
  investors: Investor[];
  leads: Investor[];
  month: string;
  publishedOn: string;
  articleIndex: number;
  amount?: { value: number; currency: string };
  valuation?: { value: number; currency: string };
  stakePercent?: number;
  status?: DealStatusName;
  otherInvestors?: boolean;
}

// Re-reports pick among the most recent deals: news follows news.
const RECENT = 4000;
const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2015, 0, 1);
const DAYS = Math.round((Date.UTC(2025, 11, 31) - FIRST_DAY) / DAY);
const isoDay = (day: number) => new Date(FIRST_DAY + day * DAY).toISOString().slice(0, 10);

/**
 * The stream. `seed` decides everything; article ids are `gen-<seed>-<n>`, n zero-padded so
 * that id order is stream order.
 *
 * @example
 *   let deals = 0;
 *   for (const { article, newDeals } of dealStream(42)) {
 *     if (deals >= 1000) break;
 *     deals += newDeals;
 *     articles.push(article);
 *   }
 */
export function* dealStream(seed = 42): Generator<StreamItem> {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const chance = (p: number) => r() < p;

  const companies: Company[] = [];
  const targets: Company[] = [];
  const investors: Investor[] = [];
  const people: Person[] = [];
  // A ring of the RECENT latest deals.
  const recent: PastDeal[] = [];
  let recentNext = 0;
  const keys = new Set<string>();

  const newCompany = (investor: boolean): Company => {
    const short = spell(companies.length + 16);
    const co: Company = {
      name: `${short} ${investor ? pick(["Capital", "Ventures", "Partners"]) : pick(SUFFIXES.slice(0, 8))}`,
      short,
      ...(chance(0.1) ? { former: `${short}works` } : {}),
      country: pick(COUNTRIES),
      investor,
    };
    companies.push(co);
    if (investor) investors.push({ company: co });
    else targets.push(co);
    return co;
  };
  const newPerson = (): Person => {
    const surname = spell(people.length + 16);
    const first = pick(FIRST);
    const person: Person = { name: `${first} ${surname}`, initials: `${first[0]}. ${surname}`, career: [] };
    people.push(person);
    return person;
  };
  for (let i = 0; i < 12; i++) newCompany(true);
  for (let i = 0; i < 20; i++) newCompany(false);
  for (let i = 0; i < 10; i++) newPerson();

  // Heavy tail: u^2 puts half of all picks on the first quarter of the pool, the oldest.
  const heavyInvestor = () => investors[Math.floor(investors.length * r() ** 2)]!;

  for (let n = 0; ; n++) {
    const day = Math.floor(r() * DAYS);
    const publishedOn = isoDay(day);
    const year = Number(publishedOn.slice(0, 4));
    const month = publishedOn.slice(0, 7);

    // The article's entities: one declaration each, named as this article names it.
    const entities: ArticleFile["entities"] = [];
    const refs = new Map<Company | Person, string>();
    const refOf = (x: Company | Person): string => {
      const known = refs.get(x);
      if (known) return known;
      const ref = `e${refs.size}`;
      refs.set(x, ref);
      if ("career" in x) {
        const full = chance(0.8);
        entities.push({ ref, type: "Person", name: x.name, ...(full && chance(0.25) ? { aliases: [x.initials] } : {}) });
        x.id ??= slugify(x.name);
      } else {
        const full = chance(0.7);
        const name = full ? x.name : x.short;
        entities.push({
          ref,
          type: "Company",
          name,
          ...(full ? { aliases: x.former ? [x.short, x.former] : [x.short] } : {}),
          ...(x.investor ? { kind: "INVESTOR" as const } : {}),
          ...(full ? { country: x.country } : {}),
        });
        x.id ??= slugify(name);
      }
      return ref;
    };
    const idOf = (x: Investor) => ("company" in x ? x.company : x.person).id!;
    const refOfInvestor = (x: Investor) => refOf("company" in x ? x.company : x.person);
    const nameOf = (x: Investor) => ("company" in x ? x.company.short : x.person.name);

    const sentences: string[] = [];
    const investments: NonNullable<ArticleFile["investments"]> = [];
    const roles: NonNullable<ArticleFile["roles"]> = [];
    const relations: NonNullable<ArticleFile["relations"]> = [];
    const reportedDeals = new Set<PastDeal>();
    const reportedRoles = new Set<Person["career"][number]>();
    let newDeals = 0;
    const facts = 3 + Math.floor(r() * 13);

    for (let f = 0; f < facts; f++) {
      const roll = r();
      if (roll < 0.6) {
        // A deal: a re-report of a recent one (published earlier, by another article), or a new one.
        let again: PastDeal | undefined;
        if (recent.length && chance(0.2)) {
          const candidate = recent[Math.floor(r() * recent.length)]!;
          // Once per article: two sources in one article could disagree with no later one to settle it.
          if (candidate.publishedOn < publishedOn && candidate.articleIndex !== n && !reportedDeals.has(candidate)) again = candidate;
        }
        let deal: PastDeal;
        if (again) {
          deal = again;
        } else {
          const kind = pick(KINDS);
          const target = chance(0.5) || !targets.length ? newCompany(false) : pick(targets);
          if (chance(0.04)) newCompany(true);
          if (chance(0.01)) investors.push({ person: people.length && chance(0.5) ? pick(people) : newPerson() });
          let dealInvestors: Investor[];
          if (kind === "ACQUISITION" || kind === "LICENSE_AND_HIRE") {
            // Acquirers: an investment firm now and then, mostly operating companies.
            const buyer = chance(0.3) ? heavyInvestor() : { company: pick(targets) };
            dealInvestors = [buyer];
          } else {
            const count = 1 + Math.floor(r() ** 2 * 4);
            dealInvestors = [...new Set(Array.from({ length: count }, heavyInvestor))];
          }
          dealInvestors = dealInvestors.filter((x) => !("company" in x && x.company === target));
          if (!dealInvestors.length) continue;
          const scale = kind === "ACQUISITION" ? 8 : kind === "FUNDING_ROUND" ? 6 : 7;
          const currency = pick(CURRENCIES);
          deal = {
            target,
            kind,
            investors: dealInvestors,
            leads: dealInvestors.length > 1 && chance(0.6) ? [dealInvestors[0]!] : [],
            month,
            publishedOn,
            articleIndex: n,
            ...(chance(0.85) ? { amount: { value: Math.round((1 + r() * 99) * 10 ** (scale + Math.floor(r() * 2))), currency } } : {}),
            ...(kind !== "ACQUISITION" && chance(0.2) ? { valuation: { value: Math.round((1 + r() * 99) * 10 ** (scale + 1)), currency } } : {}),
            ...(kind === "EQUITY_STAKE" ? { stakePercent: 1 + Math.floor(r() * 49) } : {}),
            ...(chance(0.05) ? { status: chance(0.5) ? "RUMORED" : "TERMINATED" } : {}),
            ...(chance(0.15) ? { otherInvestors: true } : {}),
          };
        }
        // Refs first: they give new entities their ids, which the deal key is made of.
        const investorRefs = deal.investors.map(refOfInvestor);
        const targetRef = refOf(deal.target);
        reportedDeals.add(deal);
        if (!again) {
          const key = dealKey(deal.target.id!, deal.kind, deal.month, deal.investors.map(idOf));
          // Two new deals with one key would be one deal: draw another instead.
          if (keys.has(key)) continue;
          keys.add(key);
          recent[recentNext] = deal;
          recentNext = (recentNext + 1) % RECENT;
          newDeals++;
        }
        // A re-report may leave figures out and may say the deal closed; it never contradicts.
        const amount = deal.amount && (!again || chance(0.7)) ? deal.amount : undefined;
        const status: DealStatusName | undefined = again ? (deal.status ?? (chance(0.4) ? "COMPLETED" : undefined)) : deal.status;
        const kindWords = deal.kind.toLowerCase().replace(/_/g, " ");
        const evidence = `${deal.investors.map(nameOf).join(" and ")} ${again ? "confirmed" : "announced"} a ${kindWords} in ${deal.target.short}${
          amount ? ` worth ${amount.value} ${amount.currency}` : ""
        } (${deal.month}, item ${f})`;
        sentences.push(`${evidence}.`);
        investments.push({
          kind: deal.kind,
          investors: investorRefs,
          ...(deal.leads.length ? { leadInvestors: deal.leads.map(refOfInvestor) } : {}),
          target: targetRef,
          ...(amount ? { amount } : {}),
          ...(deal.valuation && (!again || chance(0.5)) ? { valuation: deal.valuation } : {}),
          ...(deal.stakePercent ? { stakePercent: deal.stakePercent } : {}),
          ...(status ? { status } : {}),
          ...(deal.otherInvestors ? { otherInvestors: true } : {}),
          announcedOn: deal.month,
          evidence,
        });
      } else if (roll < 0.85) {
        // A role: a person's new position (ending the one they held), or one reported again.
        const person = chance(0.3) || !people.length ? newPerson() : people[Math.floor(people.length * r() ** 1.5)]!;
        const current = person.career.find((c) => !c.until);
        const since = chance(0.5) ? month : String(year);
        let reported: Person["career"][number] | undefined;
        let ended: Person["career"][number] | undefined;
        if (person.career.length && chance(0.4)) {
          reported = pick(person.career);
          if (reportedRoles.has(reported)) continue;
        } else {
          const company = pick(targets);
          const title = pick(TITLES);
          if (person.career.some((c) => c.company === company && c.title === title)) continue;
          if (current && current.since > since) continue;
          if (current) {
            current.until = since;
            ended = current;
          }
          reported = { company, title, since };
          person.career.push(reported);
        }
        for (const role of ended ? [ended, reported] : [reported]) {
          if (reportedRoles.has(role)) continue;
          reportedRoles.add(role);
          const evidence = `${person.name} ${role.until ? `left the ${role.title} post at` : `is ${role.title} of`} ${role.company.short} (item ${f}${role === ended ? "a" : ""})`;
          sentences.push(`${evidence}.`);
          roles.push({
            person: refOf(person),
            company: refOf(role.company),
            title: role.title,
            since: role.since,
            ...(role.until ? { until: role.until } : {}),
            evidence,
          });
        }
      } else {
        const a = pick(targets);
        const b = chance(0.5) ? pick(targets) : pick(companies);
        if (a === b) continue;
        const type = pick(RELATIONS);
        const evidence = `${a.short} ${RELATION_WORDS[type]} ${b.short} (item ${f})`;
        sentences.push(`${evidence}.`);
        relations.push({ type, from: refOf(a), to: refOf(b), evidence });
      }
    }

    const headline = investments[0] ? `${investments.length} deals, starting with ${sentences[0]!.slice(0, 60)}` : `${roles.length + relations.length} moves and ties`;
    yield {
      article: {
        id: `gen-${seed}-${String(n).padStart(7, "0")}`,
        title: headline,
        publisher: pick(PUBLISHERS),
        language: "en",
        publishedOn,
        entities,
        ...(investments.length ? { investments } : {}),
        ...(roles.length ? { roles } : {}),
        ...(relations.length ? { relations } : {}),
        body: sentences.join(" ") || "Nothing to report.",
      },
      newDeals,
    };
  }
}

/**
 * The stream cut into sizes: for each target deal count, in increasing order, the articles
 * that take the graph from the previous size to it.
 *
 * @example
 *   for (const { deals, articles } of cumulativeSizes([1000, 10000], 42)) await load(articles);
 */
export function* cumulativeSizes(sizes: readonly number[], seed = 42): Generator<{ deals: number; articles: GeneratedArticle[]; totalArticles: number }> {
  const stream = dealStream(seed);
  let deals = 0;
  let total = 0;
  for (const size of [...sizes].sort((a, b) => a - b)) {
    const articles: GeneratedArticle[] = [];
    while (deals < size) {
      const { article, newDeals } = stream.next().value as StreamItem;
      deals += newDeals;
      articles.push(article);
    }
    total += articles.length;
    yield { deals, articles, totalArticles: total };
  }
}

/**
 * Writes the stream's first articles, up to `deals` deals, as `<id>.json` files in `dir`
 * (what `npm run gen -- --out <dir>` does), which `npm run seed -- <dir>` loads. Several
 * seeds into one folder load in file-name order: one seed's stream, then the next.
 *
 * @example
 *   await writeArticleFiles("/tmp/gen", { seed: 42, deals: 2500 });
 */
export async function writeArticleFiles(dir: string, { seed, deals }: { seed: number; deals: number }): Promise<{ files: number; deals: number }> {
  await mkdir(dir, { recursive: true });
  let total = 0;
  let files = 0;
  for (const { article, newDeals } of dealStream(seed)) {
    if (total >= deals) break;
    await writeFile(path.join(dir, `${article.id}.json`), `${JSON.stringify(article, null, 2)}\n`);
    total += newDeals;
    files++;
  }
  return { files, deals: total };
}
