// The extractor's pipeline: raw article text -> sentences, names, amounts, dates -> deal
// and role proposals, each with its evidence and a confidence -> a draft article file.
// Pure: the graph's entities come in as a list (the entities store reads them: readKnownEntities), nothing is written.
import { slugify } from "../text/fold.js";
import { findMoney, findPercents } from "./amounts.js";
import type { SentenceFacts } from "./clauses.js";
import { CONFIDENCE_THRESHOLD, DEAL, ENTITY } from "./confidence.js";
import { findDates } from "./dates.js";
import type { DealProposal } from "./deal-types.js";
import { dealsInSentence } from "./deals.js";
import { findEntities } from "./entities.js";
import type { InputMetadata } from "./input.js";
import type { FoundEntity, KnownEntity } from "./entity-types.js";
import { mergeRoles, type RoleProposal, rolesInSentence } from "./roles.js";
import { detectLanguage, type Lang, LANGS, prepareText, splitSentences } from "./text.js";

export interface ExtractOptions {
  /** The body's language; detected when not given. */
  lang?: Lang;
  /** The publication date (partial date); today when not given. */
  published?: string;
  /** The article id; from the title when not given. */
  id?: string;
  /** The graph's entities; empty: every entity is new. */
  known?: KnownEntity[];
  /** Today, for the default publication date (tests pin it). */
  today?: Date;
  /** Whether the NLP tagger weighs on new names' types (default: in English; entities.ts EntityOptions). */
  nlp?: boolean;
  /** What a saved page's metadata says (src/extract/input.ts): used where the options above say nothing. */
  page?: InputMetadata;
}

export interface ProposedEntity extends FoundEntity {
  ref: string;
  active: boolean;
}

export interface Extraction {
  id: string;
  title: string;
  titleFrom: string;
  body: string;
  lang: Lang;
  langFrom: "given" | "detected" | "front matter" | "from the page's metadata";
  published: string;
  publishedFrom: "given" | "today" | "front matter" | "from the page's metadata";
  /** The publisher and canonical URL a saved page's metadata gives. */
  publisher?: string;
  url?: string;
  source?: { name: string; text: string };
  entities: ProposedEntity[];
  deals: Array<DealProposal & { active: boolean }>;
  roles: Array<RoleProposal & { active: boolean }>;
}

/**
 * Reads raw article text (plain text or Markdown, optionally with a front matter) and
 * proposes the article's entities, deals and roles.
 *
 * @example
 *   const x = extract(text, { published: "2025-06-13", known });
 *   process.stdout.write(renderDraft(x));
 */
export function extract(raw: string, options: ExtractOptions = {}): Extraction {
  const prepared = prepareText(raw);
  const { body } = prepared;
  const fm = prepared.frontMatter;
  const fmLang = typeof fm.language === "string" && (LANGS as readonly string[]).includes(fm.language) ? (fm.language as Lang) : undefined;
  const page = options.page ?? {};
  const pageLang = (LANGS as readonly string[]).includes(page.language ?? "") ? (page.language as Lang) : undefined;
  const lang = options.lang ?? pageLang ?? fmLang ?? detectLanguage(body);
  const langFrom = options.lang ? "given" : pageLang ? "from the page's metadata" : fmLang ? "front matter" : "detected";
  const fmDate = typeof fm.publishedOn === "string" || typeof fm.publishedOn === "number" ? String(fm.publishedOn) : undefined;
  const published = options.published ?? page.publishedOn ?? fmDate ?? (options.today ?? new Date()).toISOString().slice(0, 10);
  const publishedFrom = options.published ? "given" : page.publishedOn ? "from the page's metadata" : fmDate ? "front matter" : "today";

  const sentences = splitSentences(body);
  const found = findEntities(body, sentences, options.known ?? [], { lang, title: prepared.title, nlp: options.nlp });
  const money = findMoney(body, lang);
  const percents = findPercents(body, lang);
  const dates = findDates(body, lang, published);
  const mentions = found.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  const within = <T extends { start: number }>(list: T[], s: { start: number; end: number }) => list.filter((x) => x.start >= s.start && x.start < s.end);
  const facts: SentenceFacts[] = sentences.map((sentence, index) => ({
    index, sentence, mentions: within(mentions, sentence), money: within(money, sentence), percents: within(percents, sentence), dates: within(dates, sentence),
  }));

  const currencies = money.filter((m) => m.currency).map((m) => m.currency!);
  const defaultCurrency = mostFrequent(currencies) ?? "USD";
  // The article's protagonist: the first name of the body that may be a company ("Chez Meta, ...").
  const firstCompany = mentions.find((m) => (m.entity.type === "Company" || !m.entity.typeCertain) && m.entity.confidence >= ENTITY.protagonist && !sentences[m.sentence]!.heading)?.entity;
  const dealCtx = { lang, published, defaultCurrency, firstCompany };
  let deals: DealProposal[] = [];
  let roles: RoleProposal[] = [];
  facts.forEach((s, i) => {
    deals.push(...dealsInSentence(s, facts.slice(i + 1, i + 4), facts[i - 1], dealCtx));
    roles.push(...rolesInSentence(s, facts[i - 1], { lang, published, firstCompany, earlier: facts.slice(Math.max(0, i - 3), i) }));
  });
  deals = mergeRepeatedDeals(deals);
  roles = mergeRoles(roles);

  // The draft's comment on an entity says when a deal uses it.
  for (const d of deals) for (const e of [d.target, ...d.investors]) e.reasons.includes("in a proposed deal") || e.reasons.push("in a proposed deal");

  const activeDeals = deals.map((d) => ({ ...d, active: d.confidence >= CONFIDENCE_THRESHOLD }));
  const activeRoles = roles.map((r) => ({ ...r, active: r.confidence >= CONFIDENCE_THRESHOLD }));
  const used = new Set<FoundEntity>([
    ...activeDeals.filter((d) => d.active).flatMap((d) => [d.target, ...d.investors]),
    ...activeRoles.filter((r) => r.active).flatMap((r) => [r.person, r.company]),
  ]);
  const refs = new Set<string>();
  const entities: ProposedEntity[] = found.map((e) => {
    const base = slugify(e.name) || e.type.toLowerCase();
    let ref = base;
    for (let n = 2; refs.has(ref); n++) ref = `${base}-${n}`;
    refs.add(ref);
    return Object.assign(e, { ref, active: e.confidence >= CONFIDENCE_THRESHOLD || used.has(e) });
  });

  const media = entities.find((e) => e.active && e.kind === "MEDIA");
  const source = media ? { name: media.name, text: media.mentions[0]!.text } : undefined;
  const title = prepared.title;
  const id = options.id ?? (typeof fm.id === "string" ? fm.id : undefined) ?? (slugify(title).slice(0, 60).replace(/-+$/, "") || "draft");
  return {
    id, title, titleFrom: prepared.titleFrom, body, lang, langFrom, published, publishedFrom, publisher: page.publisher, url: page.url, source, entities,
    deals: activeDeals, roles: activeRoles,
  };
}

function mostFrequent(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * The same deal stated in several sentences (same target and investors): the first
 * statement stays; a later one that adds nothing new is commented out as a repeat, one
 * that adds figures stays, for the reviewer to merge.
 */
function mergeRepeatedDeals(deals: DealProposal[]): DealProposal[] {
  const out: DealProposal[] = [];
  for (const d of deals) {
    const same = out.find((x) => x.target === d.target && x.investors.length === d.investors.length && x.investors.every((i) => d.investors.includes(i)));
    if (!same) {
      out.push(d);
      continue;
    }
    const addsFigures = (d.amount && !same.amount) || (d.valuation && !same.valuation) || (d.stake && !same.stake);
    if (!addsFigures) {
      d.confidence = Math.min(d.confidence, DEAL.repeatCap);
      d.notes.push("repeats a deal proposed above");
    } else {
      d.notes.push("the same deal as one above, with more figures: merge the two");
      same.confidence = Math.min(same.confidence, DEAL.supersededCap);
      same.notes.push("the same deal is proposed below with more figures");
    }
    out.push(d);
  }
  return out;
}
