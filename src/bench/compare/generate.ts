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
// Varied streams (`dealStream(seed, { varied: true })`, for `npm run eval:resolution`) re-report
// deals the way news does, so that the deal key alone no longer finds every deal's sources.
// A re-report retells its deal with no change (35%), one change (45%) or two (20%), drawn
// among those that apply, by weight: the year alone for the month ("2024", 2); the
// following month, a few weeks late (2, when that month is not after the article's); some
// of the investors "and others" (`otherInvestors`, 3, deals with two or more); a rounded
// amount (3: the fewest significant digits within 5%); the amount in another currency at
// the rate table's average for the reported year (1: same dollars within 0.5%); the round's
// stage said by one source only (1: left out, or given when the first report left it out).
// As before it may leave the amount out (30%). New funding rounds have a stage half the
// time (a fifth of those unsaid by the first report), and a company's new deals of one kind
// are at least 5 months apart (a new company is taken instead): real companies raise every
// 12-24 months, and nearer deals would be two readings of one event no source tells apart.
// Each item then carries `truth`: for each investment, the deal it truly reports.
//
// Names are built (world.ts) from the entity's index (syllables of its base-16 digits, a prefix-free
// set), so every name, alias and slug is unique and entity resolution by name never meets
// an ambiguity: the ingest path and the bulk path (bulk.ts) give every entity the same id.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { type DealStatusName, type InvestmentKindName, type RelationTypeName, type RoundStageName, STAGED_KIND } from "../../domain/vocabulary.js";
import type { ArticleFile, Money } from "../../ingest/model.js";
import { dealKey } from "../../ingest/model.js";
import { toUsd } from "../../money/currency.js";
import { USD_PER_UNIT } from "../../money/rates.js";
import { slugify } from "../../text/fold.js";
import { weighted } from "../synthetic.js";
import { type CareerStep, type Company, type Investor, monthNumber, type PastDeal, type Person, World } from "./world.js";

export type GeneratedArticle = ArticleFile & { id: string };

export interface StreamItem {
  article: GeneratedArticle;
  /** Deals this article reports for the first time. */
  newDeals: number;
  /**
   * Varied streams only: for each of `article.investments`, the deal it truly reports
   * ("deal-<n>", the deal's number in the stream), whatever each report says of it.
   */
  truth?: string[];
}

export interface StreamOptions {
  /** Re-reports vary the way news does (this file's header); default: the stream the benchmarks and tests know. */
  varied?: boolean;
}

const TITLES = ["CEO", "CTO", "CFO", "Chief AI Officer", "Board member", "President", "COO", "VP Engineering"];
const CURRENCIES = ["USD", "USD", "USD", "USD", "EUR", "GBP"];
const PUBLISHERS = ["Bench Wire", "Demo Daily", "Le Banc d'Essai", "Synthetic Times", "Deal Ledger"];
// Mostly funding rounds; competitors more often than partners or parents.
const KINDS = weighted<InvestmentKindName>({ FUNDING_ROUND: 4, EQUITY_STAKE: 1, ACQUISITION: 1, LICENSE_AND_HIRE: 1 });
const RELATIONS = weighted<RelationTypeName>({ COMPETES_WITH: 2, PARTNERS_WITH: 1, SUBSIDIARY_OF: 1 });
// Varied streams: early rounds are the most reported.
const STAGES = weighted<RoundStageName>({
  PRE_SEED: 1, SEED: 3, SERIES_A: 3, SERIES_B: 2, SERIES_C: 2, SERIES_D: 1, SERIES_E: 1, SERIES_F: 0, SERIES_G: 0, SERIES_H: 0,
  SERIES_I: 0, SERIES_J: 0, BRIDGE: 1, GROWTH: 1, PRE_IPO: 0, IPO: 0,
});
type Variation = "yearOnly" | "monthLater" | "someInvestors" | "rounded" | "currency" | "stage";
const VARIATIONS = weighted<Variation>({ yearOnly: 2, monthLater: 2, someInvestors: 3, rounded: 3, currency: 1, stage: 1 });
/** The currencies a retold amount may be given in (all in the rate table for 2015-2025). */
const RETOLD_CURRENCIES = ["USD", "EUR", "GBP", "JPY", "CHF"];
/** How an article's evidence says each relation. */
const RELATION_WORDS: Record<RelationTypeName, string> = { COMPETES_WITH: "competes with", PARTNERS_WITH: "partners with", SUBSIDIARY_OF: "is a subsidiary of" };

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2015, 0, 1);
const DAYS = Math.round((Date.UTC(2025, 11, 31) - FIRST_DAY) / DAY);
const isoDay = (day: number) => new Date(FIRST_DAY + day * DAY).toISOString().slice(0, 10);

/** One article being written: its date, entities, facts and the sentences that state them. */
interface Draft {
  n: number;
  publishedOn: string;
  year: number;
  month: string;
  /** One declaration per entity, named as this article names it. */
  entities: ArticleFile["entities"];
  refs: Map<Company | Person, string>;
  sentences: string[];
  investments: NonNullable<ArticleFile["investments"]>;
  roles: NonNullable<ArticleFile["roles"]>;
  relations: NonNullable<ArticleFile["relations"]>;
  reportedDeals: Set<PastDeal>;
  reportedRoles: Set<CareerStep>;
  /** Deals this article reports for the first time. */
  newDeals: number;
  /** Varied streams: the true deal of each investment, and their deal keys by refs (checked once per article). */
  truths: string[];
  keys: Set<string>;
}

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
export function* dealStream(seed = 42, { varied = false }: StreamOptions = {}): Generator<StreamItem> {
  const world = new World(seed, varied);
  for (let n = 0; ; n++) yield nextArticle(world, seed, n);
}

/** Article `n`: a day, then 3 to 15 facts: 60% deals, 25% roles, 15% relations. */
function nextArticle(world: World, seed: number, n: number): StreamItem {
  const publishedOn = isoDay(Math.floor(world.r() * DAYS));
  const draft: Draft = {
    n,
    publishedOn,
    year: Number(publishedOn.slice(0, 4)),
    month: publishedOn.slice(0, 7),
    entities: [],
    refs: new Map(),
    sentences: [],
    investments: [],
    roles: [],
    relations: [],
    reportedDeals: new Set(),
    reportedRoles: new Set(),
    newDeals: 0,
    truths: [],
    keys: new Set(),
  };
  const facts = 3 + Math.floor(world.r() * 13);
  for (let f = 0; f < facts; f++) {
    const roll = world.r();
    if (roll < 0.6) reportDeal(world, draft, f);
    else if (roll < 0.85) reportRole(world, draft, f);
    else reportRelation(world, draft, f);
  }
  return finish(world, draft, seed);
}

/**
 * The article's ref for a company or person, declared on its first mention in this article
 * under the name this article uses; that first name's slug becomes a new entity's id.
 */
function refOf(world: World, draft: Draft, x: Company | Person): string {
  const known = draft.refs.get(x);
  if (known) return known;
  const ref = `e${draft.refs.size}`;
  draft.refs.set(x, ref);
  if ("career" in x) {
    const full = world.chance(0.8);
    draft.entities.push({ ref, type: "Person", name: x.name, ...(full && world.chance(0.25) ? { aliases: [x.initials] } : {}) });
    x.id ??= slugify(x.name);
  } else {
    const full = world.chance(0.7);
    const name = full ? x.name : x.short;
    draft.entities.push({
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
}

const refOfInvestor = (world: World, draft: Draft, x: Investor) => refOf(world, draft, "company" in x ? x.company : x.person);
const idOf = (x: Investor) => ("company" in x ? x.company : x.person).id!;
const nameOf = (x: Investor) => ("company" in x ? x.company.short : x.person.name);

/** A deal fact: a re-report of a recent deal, or a new one; nothing when the draw cannot be used. */
function reportDeal(world: World, draft: Draft, f: number): void {
  const again = recentDealToReportAgain(world, draft);
  const deal = again ?? newDeal(world, draft);
  if (!deal) return;
  // Retold before anyone is named: "X and others" names fewer investors.
  const told = again && world.varied ? retell(world, deal, draft) : undefined;
  const named = told?.investors ?? deal.investors;
  // Refs first: they give new entities their ids, which the deal key is made of.
  const investorRefs = named.map((x) => refOfInvestor(world, draft, x));
  const targetRef = refOf(world, draft, deal.target);
  const announcedOn = told?.announcedOn ?? deal.month;
  // Two retellings may read as one deal (two deals of a year, both given as the year): the
  // format refuses one fact stated twice in an article, so the second is left out.
  if (world.varied && !onceInArticle(draft, dealKey(targetRef, deal.kind, announcedOn, investorRefs)) && again) return;
  draft.reportedDeals.add(deal);
  if (!again) {
    // Two new deals with one key would be one deal: draw another instead.
    if (!world.remember(deal, dealKey(deal.target.id!, deal.kind, deal.month, deal.investors.map(idOf)))) return;
    draft.newDeals++;
  }
  // A re-report may leave figures out and may say the deal closed; it never contradicts.
  const amount = deal.amount && (!again || world.chance(0.7)) ? (told?.amount(deal.amount) ?? deal.amount) : undefined;
  const status: DealStatusName | undefined = again ? (deal.status ?? (world.chance(0.4) ? "COMPLETED" : undefined)) : deal.status;
  const stage = deal.stage && (told ? told.stageSaid : !deal.stageUnsaid) ? deal.stage : undefined;
  const otherInvestors = told ? told.others : deal.otherInvestors;
  const evidence = dealEvidence(deal, { named, others: Boolean(told && otherInvestors), again: Boolean(again), amount, stage, announcedOn, f });
  draft.sentences.push(`${evidence}.`);
  if (world.varied) draft.truths.push(`deal-${deal.serial}`);
  draft.investments.push({
    kind: deal.kind,
    investors: investorRefs,
    ...(deal.leads.length ? { leadInvestors: deal.leads.map((x) => refOfInvestor(world, draft, x)) } : {}),
    target: targetRef,
    ...(amount ? { amount } : {}),
    ...(deal.valuation && (!again || world.chance(0.5)) ? { valuation: deal.valuation } : {}),
    ...(deal.stakePercent ? { stakePercent: deal.stakePercent } : {}),
    ...(status ? { status } : {}),
    ...(otherInvestors ? { otherInvestors: true } : {}),
    ...(stage ? { stage } : {}),
    announcedOn,
    evidence,
  });
}

/** Records a deal key of the article (varied streams); false when the article already states it. */
function onceInArticle(draft: Draft, key: string): boolean {
  if (draft.keys.has(key)) return false;
  draft.keys.add(key);
  return true;
}

/** The sentence stating a deal, as this report tells it; the body quotes it verbatim. */
function dealEvidence(
  deal: PastDeal,
  told: { named: Investor[]; others: boolean; again: boolean; amount?: Money; stage?: RoundStageName; announcedOn: string; f: number },
): string {
  const words = (x: string) => x.toLowerCase().replace(/_/g, " ");
  const who = `${told.named.map(nameOf).join(" and ")}${told.others ? " and others" : ""}`;
  const what = `${told.stage ? `${words(told.stage)} ` : ""}${words(deal.kind)}`;
  const worth = told.amount ? ` worth ${told.amount.value} ${told.amount.currency}` : "";
  return `${who} ${told.again ? "confirmed" : "announced"} a ${what} in ${deal.target.short}${worth} (${told.announcedOn}, item ${told.f})`;
}

/** How a varied stream's re-report retells its deal: what it says instead of the first report's figures. */
interface Retelling {
  investors: Investor[];
  others: boolean | undefined;
  announcedOn: string;
  /** The amount as this report gives it, when it gives one. */
  amount: (truth: Money) => Money;
  stageSaid: boolean;
}

/** Zero (35%), one (45%) or two (20%) of the variations that apply to `deal` (the header says which and how often). */
function retell(world: World, deal: PastDeal, draft: Draft): Retelling {
  const roll = world.r();
  const count = roll < 0.35 ? 0 : roll < 0.8 ? 1 : 2;
  const chosen = new Set<Variation>();
  for (let i = 0; i < count; i++) {
    // Two dates cannot both be the one given.
    const open = VARIATIONS.filter((v) => !chosen.has(v) && applies(v, deal, draft) && !(chosen.has("yearOnly") && v === "monthLater") && !(chosen.has("monthLater") && v === "yearOnly"));
    if (open.length) chosen.add(world.pick(open));
  }
  const announcedOn = chosen.has("yearOnly") ? deal.month.slice(0, 4) : chosen.has("monthLater") ? monthAfter(deal.month) : deal.month;
  const some = chosen.has("someInvestors") ? deal.investors.slice(0, 1 + Math.floor(world.r() * (deal.investors.length - 1))) : undefined;
  const currency = chosen.has("currency") ? world.pick(RETOLD_CURRENCIES.filter((c) => c !== deal.amount!.currency)) : undefined;
  return {
    investors: some ?? deal.investors,
    others: some ? true : deal.otherInvestors,
    announcedOn,
    amount: (truth) => retoldAmount(truth, { deal, announcedOn, currency, rounded: chosen.has("rounded") }),
    stageSaid: chosen.has("stage") ? Boolean(deal.stageUnsaid) : !deal.stageUnsaid,
  };
}

/** Whether a variation can retell `deal` in this article. */
function applies(v: Variation, deal: PastDeal, draft: Draft): boolean {
  switch (v) {
    case "yearOnly":
      return true;
    case "monthLater":
      // Never announced after the article that reports it.
      return monthAfter(deal.month) <= draft.month;
    case "someInvestors":
      return deal.investors.length > 1;
    case "rounded":
      return deal.amount !== undefined && roundNear(deal.amount.value, 0.05) !== deal.amount.value;
    case "currency":
      return deal.amount !== undefined;
    case "stage":
      return deal.stage !== undefined;
  }
}

/**
 * The amount a retelling gives: in `currency`, the same dollars at the reported year's
 * average rate (the loader converts at that year's), within 0.5%; rounded, to the fewest
 * significant digits within 5% of the true figure.
 */
function retoldAmount(truth: Money, { deal, announcedOn, currency, rounded }: { deal: PastDeal; announcedOn: string; currency?: string; rounded: boolean }): Money {
  if (!currency && !rounded) return truth;
  let exact = truth.value;
  if (currency) {
    const usd = toUsd(truth.value, truth.currency, Number(deal.month.slice(0, 4)))!;
    exact = currency === "USD" ? usd : usd / USD_PER_UNIT[currency]![Number(announcedOn.slice(0, 4))]!;
  }
  return { value: roundNear(exact, rounded ? 0.05 : 0.005), currency: currency ?? truth.currency };
}

/** `value` to the fewest significant digits that keep it within `tolerance` (a fraction of it). */
export function roundNear(value: number, tolerance: number): number {
  for (let digits = 1; digits < 16; digits++) {
    const r = Number(value.toPrecision(digits));
    if (Math.abs(r - value) <= tolerance * value) return r;
  }
  return value;
}

/** "2024-12" -> "2025-01". */
function monthAfter(month: string): string {
  const n = monthNumber(month) + 1;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;
}

/** One time in five, a recent deal published earlier by another article and not yet reported in this one. */
function recentDealToReportAgain(world: World, draft: Draft): PastDeal | undefined {
  if (!world.recent.length || !world.chance(0.2)) return undefined;
  const candidate = world.pick(world.recent);
  // Once per article: two sources in one article could disagree with no later one to settle it.
  const usable = candidate.publishedOn < draft.publishedOn && candidate.articleIndex !== draft.n && !draft.reportedDeals.has(candidate);
  return usable ? candidate : undefined;
}

/** A deal never reported before (the world grows a little with it); undefined when its only investor is its target. */
function newDeal(world: World, draft: Draft): PastDeal | undefined {
  const kind = world.pick(KINDS);
  let target = world.chance(0.5) || !world.targets.length ? world.newCompany(false) : world.pick(world.targets);
  // Varied streams: a company raises every year or two, not twice in a season.
  if (world.varied && world.hasDealNear(target, kind, draft.month)) target = world.newCompany(false);
  if (world.chance(0.04)) world.newCompany(true);
  if (world.chance(0.01)) world.investors.push({ person: world.people.length && world.chance(0.5) ? world.pick(world.people) : world.newPerson() });
  let dealInvestors: Investor[];
  if (kind === "ACQUISITION" || kind === "LICENSE_AND_HIRE") {
    // Acquirers: an investment firm now and then, mostly operating companies.
    const buyer = world.chance(0.3) ? world.heavyInvestor() : { company: world.pick(world.targets) };
    dealInvestors = [buyer];
  } else {
    const count = 1 + Math.floor(world.r() ** 2 * 4);
    dealInvestors = [...new Set(Array.from({ length: count }, () => world.heavyInvestor()))];
  }
  dealInvestors = dealInvestors.filter((x) => !("company" in x && x.company === target));
  if (!dealInvestors.length) return undefined;
  const scale = kind === "ACQUISITION" ? 8 : kind === "FUNDING_ROUND" ? 6 : 7;
  const currency = world.pick(CURRENCIES);
  return {
    target,
    kind,
    investors: dealInvestors,
    leads: dealInvestors.length > 1 && world.chance(0.6) ? [dealInvestors[0]!] : [],
    month: draft.month,
    publishedOn: draft.publishedOn,
    articleIndex: draft.n,
    ...(world.chance(0.85) ? { amount: { value: Math.round((1 + world.r() * 99) * 10 ** (scale + Math.floor(world.r() * 2))), currency } } : {}),
    ...(kind !== "ACQUISITION" && world.chance(0.2) ? { valuation: { value: Math.round((1 + world.r() * 99) * 10 ** (scale + 1)), currency } } : {}),
    ...(kind === "EQUITY_STAKE" ? { stakePercent: 1 + Math.floor(world.r() * 49) } : {}),
    ...(world.chance(0.05) ? { status: world.chance(0.5) ? "RUMORED" : "TERMINATED" } : {}),
    ...(world.chance(0.15) ? { otherInvestors: true } : {}),
    ...(world.varied && kind === STAGED_KIND && world.chance(0.5) ? { stage: world.pick(STAGES), ...(world.chance(0.2) ? { stageUnsaid: true } : {}) } : {}),
  };
}

/** A role fact: a person's new position (with the end of the one they held), or one reported again. */
function reportRole(world: World, draft: Draft, f: number): void {
  const person = world.chance(0.3) || !world.people.length ? world.newPerson() : world.people[Math.floor(world.people.length * world.r() ** 1.5)]!;
  const move = careerMove(world, draft, person);
  if (!move) return;
  const { reported, ended } = move;
  for (const role of ended ? [ended, reported] : [reported]) {
    if (draft.reportedRoles.has(role)) continue;
    draft.reportedRoles.add(role);
    const evidence = `${person.name} ${role.until ? `left the ${role.title} post at` : `is ${role.title} of`} ${role.company.short} (item ${f}${role === ended ? "a" : ""})`;
    draft.sentences.push(`${evidence}.`);
    draft.roles.push({
      person: refOf(world, draft, person),
      company: refOf(world, draft, role.company),
      title: role.title,
      since: role.since,
      ...(role.until ? { until: role.until } : {}),
      evidence,
    });
  }
}

/**
 * The step of `person`'s career to report: an earlier one again, or a new position, which
 * ends the current one; undefined when the draw would repeat or contradict the career.
 */
function careerMove(world: World, draft: Draft, person: Person): { reported: CareerStep; ended?: CareerStep } | undefined {
  const current = person.career.find((c) => !c.until);
  const since = world.chance(0.5) ? draft.month : String(draft.year);
  if (person.career.length && world.chance(0.4)) {
    const reported = world.pick(person.career);
    return draft.reportedRoles.has(reported) ? undefined : { reported };
  }
  const company = world.pick(world.targets);
  const title = world.pick(TITLES);
  if (person.career.some((c) => c.company === company && c.title === title)) return undefined;
  if (current && current.since > since) return undefined;
  if (current) current.until = since;
  const reported = { company, title, since };
  person.career.push(reported);
  return current ? { reported, ended: current } : { reported };
}

/** A relation fact between two companies. */
function reportRelation(world: World, draft: Draft, f: number): void {
  const a = world.pick(world.targets);
  const b = world.chance(0.5) ? world.pick(world.targets) : world.pick(world.companies);
  if (a === b) return;
  const type = world.pick(RELATIONS);
  const evidence = `${a.short} ${RELATION_WORDS[type]} ${b.short} (item ${f})`;
  draft.sentences.push(`${evidence}.`);
  draft.relations.push({ type, from: refOf(world, draft, a), to: refOf(world, draft, b), evidence });
}

/** The finished article: headline, publisher, and only the fact lists it has. */
function finish(world: World, draft: Draft, seed: number): StreamItem {
  const { investments, roles, relations, sentences } = draft;
  const headline = investments[0] ? `${investments.length} deals, starting with ${sentences[0]!.slice(0, 60)}` : `${roles.length + relations.length} moves and ties`;
  return {
    article: {
      id: `gen-${seed}-${String(draft.n).padStart(7, "0")}`,
      title: headline,
      publisher: world.pick(PUBLISHERS),
      language: "en",
      publishedOn: draft.publishedOn,
      entities: draft.entities,
      ...(investments.length ? { investments } : {}),
      ...(roles.length ? { roles } : {}),
      ...(relations.length ? { relations } : {}),
      body: sentences.join(" ") || "Nothing to report.",
    },
    newDeals: draft.newDeals,
    ...(world.varied ? { truth: draft.truths } : {}),
  };
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
