// What a sentence says around a verb: who is its subject, what is its object. Shared by
// the deal and role patterns; heuristics over entity mentions, not a parser.
import type { MoneyMention, PercentMention } from "./amounts.js";
import type { DateMention } from "./dates.js";
import type { EntityMention, EntityType, FoundEntity } from "./entity-types.js";
import { COMPANY_NOUNS } from "./lexicon.js";
import type { Sentence } from "./text.js";

/** One sentence with everything found in it, offsets in the body. */
export interface SentenceFacts {
  index: number;
  sentence: Sentence;
  mentions: EntityMention[];
  money: MoneyMention[];
  percents: PercentMention[];
  dates: DateMention[];
}

/** The flat text between two body offsets of this sentence. */
export function between(s: SentenceFacts, from: number, to: number): string {
  return s.sentence.flat.slice(Math.max(0, from - s.sentence.start), Math.max(0, to - s.sentence.start));
}

// A name right after one of these is a complement, not the subject of the next verb.
const PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:of|by|from|with|than|at|for|to|in|into|on|including|like|over|against|versus|vs|de|des|du|d'|par|avec|chez|pour|à|au|aux|dans|sur|contre|envers|face\s+à|notamment|dont|owner\s+of|propri[ée]taire\s+de|rival|concurrent)\s*$/iu;
// A name inside a relative clause ("Amazon, which owns Whole Foods, acquired...") is not the subject.
const RELATIVE_BEFORE = /(?:(?:^|,)[^,]*?(?<![\p{L}])(?:which|who|qui|dont|o[uù])|(?:^|,)\s*(?:that|que))\s[^,]*$/iu;
// "A, B and C", "A et de B", "A and his sister B".
const APPOSITION_OPEN = /,\s*(?:the|a|an|le|la|les|l'|un|une|its|son|sa)\s[^,]*$/iu;
// A description only after "and"/"et": "Temasek et le fonds de pension canadien Ontario Teachers'";
// after a bare comma it is an apposition ("X, the social network Musk bought").
// ", son directeur général, et", ", the venture firm, and": an apposition of the name before, then the next name
// (a gap between two mentions holds no name).
const COORDINATION = /^\s*(?:,\s*(?:its|his|her|their|son|sa|leur|the|le|la|l')\s*[^,]{1,60},\s*(?:and|et)\s*$|,|,?\s*(?:and|et|&|as\s+well\s+as|ainsi\s+que)\s*(?:(?:his|her|their|son|sa|leur)\s+\p{Ll}+\s+|(?:the|le|la|les|l')\s*(?:[\p{Ll}-]+\s+){1,4})?)\s*(?:de\s+|d'|du\s+|des\s+|of\s+)?$/iu;

/** Whether an entity may fill a slot of this type: it has it, or nothing in the text said otherwise. */
export function canBe(e: FoundEntity, type: EntityType): boolean {
  return e.type === type || !e.typeCertain;
}

/** A fact's slot settles an entity's type that the text left open. */
export function settle(e: FoundEntity, type: EntityType): void {
  if (e.type === type || e.typeCertain) return;
  if (e.type !== type) e.rule = "entity.fact-slot";
  e.type = type;
  e.typeCertain = true;
  e.reasons.push(`a ${type === "Person" ? "person" : "company"} by its place in a fact`);
}

/**
 * The subject of a verb at `pos`: the closest name before it that is not a complement
 * (after "de", "of", "by"...) or inside a relative clause, extended to names coordinated
 * with it ("Amazon, Nvidia and Intel invested"). Empty when there is none.
 */
export function subjectBefore(s: SentenceFacts, pos: number, type?: EntityType): EntityMention[] {
  const before = s.mentions.filter((m) => m.end <= pos);
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i]!;
    if (type && !canBe(m.entity, type)) continue;
    const gap = between(s, m.end, pos);
    if (/[;!?]|\.\s/.test(gap)) return [];
    const lead = between(s, s.sentence.start, m.start);
    // "Pour Microsoft, qui a déjà misé...": the antecedent of the relative is the subject.
    const antecedent = /^\s*,\s*(?:qui|which|who|that)\s/iu.test(gap) && !/,/.test(gap.replace(/^\s*,/, ""));
    if (!antecedent && (PREPOSITION_BEFORE.test(lead) || (RELATIVE_BEFORE.test(lead) && /,/.test(gap)))) continue;
    // Inside an apposition (", the former US Treasury secretary,"): not the subject either.
    if (APPOSITION_OPEN.test(lead) && /,/.test(gap)) continue;
    const group = [m];
    for (let j = i - 1; j >= 0; j--) {
      const prev = before[j]!;
      if (!COORDINATION.test(between(s, prev.end, group[0]!.start))) break;
      if (type && !canBe(prev.entity, type)) break;
      group.unshift(prev);
    }
    return dedupe(listOnly(s, group));
  }
  return [];
}

// "Founded in 2017, Silo AI...", "Née à Paris en 2013, l'entreprise...": an opening participle's clause, not the subject.
const OPENING_PARTICIPLE = /^\W*(?:founded|co-?founded|created|launched|started|based|born|headquartered|backed|fond[ée]e?s?|cofond[ée]e?s?|co-fond[ée]e?s?|cr[ée]{2}e?s?|n[ée]e?s?|install[ée]e?s?|bas[ée]e?s?|pass[ée]e?s?|lanc[ée]e?s?|soutenue?s?|implant[ée]e?s?)(?![\p{L}])[^,]*,/iu;
/** A company written as a pronoun or a description ("It", "Elle", "L'entreprise", "The payments company", "Le spécialiste de..."). */
export const COMPANY_PRONOUN = new RegExp(
  `(?:it|its|il|elle|celle-ci|celui-ci|(?:the|this|l'|le|la|cette|ce)\\s*(?:[\\p{Ll}-]+\\s+){0,2}(?:${COMPANY_NOUNS}))(?![\\p{L}])`,
  "iu",
);
const OPENS_ON_PRONOUN = new RegExp(`^\\W*${COMPANY_PRONOUN.source}`, "iu");
/** "..., l'entreprise a été", "The company was": a description of a company as the subject of the verb that follows. */
export const DESCRIBED_SUBJECT_BEFORE = new RegExp(`(?:^|,)\\s*(?:the|l'|le|la)\\s*(?:[\\p{Ll}-]+\\s+){0,2}(?:${COMPANY_NOUNS})\\s+(?:a\\s+[ée]t[ée]|est|was|has\\s+been|is|had\\s+been)\\s+$`, "iu");
/** ", l'entreprise a été fondée...": a description of a company as a clause's subject (not "the start-up's board"). */
export const DESCRIBED_SUBJECT = new RegExp(`(?:^|,)\\s*(?:the|l'|le|la)\\s*(?:[\\p{Ll}-]+\\s+){0,2}(?:${COMPANY_NOUNS})(?![\\p{L}'])`, "iu");
// "clients such as Philips", "des distributeurs comme Carrefour": examples, not the subject.
const EXAMPLE_BEFORE = /(?:such\s+as|comme|tel(?:le)?s?\s+que|from)\s*$/iu;

// "des distributeurs comme Carrefour, Decathlon ou Uniqlo": every name of an example list.
const IN_EXAMPLES = /(?:such\s+as|comme|like|including|notamment|tel(?:le)?s?\s+que)\s[^.;:()]{0,80}$/iu;

/** Whether a mention is given as an example ("clients such as Philips", "comme Carrefour, Decathlon ou Uniqlo"). */
export function isExample(s: SentenceFacts, m: EntityMention): boolean {
  return IN_EXAMPLES.test(between(s, s.sentence.start, m.start));
}

/**
 * What a sentence is about, for a pronoun of the next one: "pronoun" when it opens on one
 * (after an opening participle's clause), else its first name that is not a complement
 * or an example, with the names coordinated with it (a list); undefined when every name
 * is a complement.
 */
export function sentenceTopic(s: SentenceFacts): "pronoun" | EntityMention[] | undefined {
  const opening = OPENING_PARTICIPLE.exec(s.sentence.flat);
  const from = s.sentence.start + (opening ? opening[0].length : 0);
  const opens = OPENS_ON_PRONOUN.exec(between(s, from, s.sentence.end));
  // "La start-up parisienne Mistral AI a bouclé...": a description that introduces a name is not a pronoun.
  const named = opens && s.mentions.find((m) => m.start >= from && /^[\s\p{Ll}-]*$/u.test(between(s, from + opens[0].length, m.start)));
  if (opens && !named) return "pronoun";
  for (const m of s.mentions) {
    if (m.start < from || isComplement(s, m)) continue;
    return coordinatedFrom(s, m);
  }
  return undefined;
}

/** A name after a preposition ("ceux d'OpenAI"), given as an example or inside a relative clause: not what its sentence is about. */
export function isComplement(s: SentenceFacts, m: EntityMention): boolean {
  const lead = between(s, s.sentence.start, m.start);
  return PREPOSITION_BEFORE.test(lead) || EXAMPLE_BEFORE.test(lead) || RELATIVE_BEFORE.test(lead) || isExample(s, m);
}

/** The first name after `pos`, within `maxGap` characters, not past a clause end. */
export function objectAfter(s: SentenceFacts, pos: number, opts: { type?: EntityType; maxGap?: number; stop?: number } = {}): EntityMention | undefined {
  const maxGap = opts.maxGap ?? 160;
  for (const m of s.mentions) {
    if (m.start < pos) continue;
    if (opts.stop !== undefined && m.start >= opts.stop) return undefined;
    if (m.start - pos > maxGap || /[;!?]|\.\s/.test(between(s, pos, m.start))) return undefined;
    if (opts.type && !canBe(m.entity, opts.type)) continue;
    return m;
  }
  return undefined;
}

/** The names coordinated before `last`, with it: "Mustafa Suleyman and Karén Simonyan, two of..." -> both. */
export function coordinatedBefore(s: SentenceFacts, last: EntityMention): EntityMention[] {
  const before = s.mentions.filter((m) => m.end <= last.start);
  const group = [last];
  for (let i = before.length - 1; i >= 0; i--) {
    if (!COORDINATION.test(between(s, before[i]!.end, group[0]!.start))) break;
    group.unshift(before[i]!);
  }
  return dedupe(listOnly(s, group, "last"));
}

/** The names coordinated with `first` after it: "Sequoia, Accel and Index" -> all three. */
export function coordinatedFrom(s: SentenceFacts, first: EntityMention): EntityMention[] {
  const after = s.mentions.filter((m) => m.start >= first.start);
  const group = [first];
  for (let i = 1; i < after.length; i++) {
    if (!COORDINATION.test(between(s, group[group.length - 1]!.end, after[i]!.start))) break;
    group.push(after[i]!);
  }
  return dedupe(listOnly(s, group, "first"));
}

/**
 * Names joined by commas alone are a list only when "and"/"et" joins its last two ("A, B
 * and C"); otherwise the comma separates clauses ("Selon Les Echos, BlaBlaCar...").
 */
function listOnly(s: SentenceFacts, group: EntityMention[], keep: "first" | "last" = "last"): EntityMention[] {
  if (group.length < 2) return group;
  const lastGap = between(s, group[group.length - 2]!.end, group[group.length - 1]!.start);
  if (/(?:and|et|&|as\s+well\s+as|ainsi\s+que)/iu.test(lastGap)) return group;
  // No "and": keep the names up to the last "and" if any, else the one nearest the verb.
  for (let k = group.length - 2; k > 0; k--) {
    if (/(?:and|et|&)/iu.test(between(s, group[k - 1]!.end, group[k]!.start))) return keep === "first" ? group.slice(0, k + 1) : group.slice(k + 1);
  }
  return keep === "first" ? [group[0]!] : [group[group.length - 1]!];
}

export function dedupe(mentions: EntityMention[]): EntityMention[] {
  const seen = new Set<FoundEntity>();
  return mentions.filter((m) => (seen.has(m.entity) ? false : (seen.add(m.entity), true)));
}

/** A verb or phrase found in a sentence. */
export interface Trigger {
  start: number;
  end: number;
  text: string;
}

const GLOBAL = new WeakMap<RegExp, RegExp>();

/** Every match of `re` in the sentence, as body offsets. */
export function triggers(s: SentenceFacts, re: RegExp): Trigger[] {
  const out: Trigger[] = [];
  let global = GLOBAL.get(re);
  if (!global) GLOBAL.set(re, (global = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`)));
  for (const m of s.sentence.flat.matchAll(global)) {
    out.push({ start: s.sentence.start + m.index, end: s.sentence.start + m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** The date of the sentence nearest to `pos` (a verb): "annoncé jeudi ... quittent" rather than "il y a quelques mois". */
export function dateNear(s: SentenceFacts, pos: number, usable: (d: DateMention) => boolean = () => true): DateMention | undefined {
  const distance = (d: DateMention) => (d.end <= pos ? pos - d.end : d.start >= pos ? d.start - pos : 0);
  // A date before the verb, past a comma, belongs to another clause ("who co-founded DeepMind
  // before Google bought it in 2014, will become..."), unless it opens the sentence ("In May, X raised").
  const sameClause = (d: DateMention) => d.start >= pos || !/,/.test(between(s, d.end, pos)) || /^\W*$/.test(between(s, s.sentence.start, d.start));
  return s.dates.filter((d) => usable(d) && sameClause(d)).sort((a, b) => distance(a) - distance(b))[0];
}
