// Money and shares as articles write them, in English and French: "$14.3 billion",
// "14,3 milliards de dollars", "€15M", "15 M€", "un milliard de dollars", "half a billion
// dollars", "49 %", "la moitié", "two-thirds". Scale words follow the text's language:
// a French "billion" is 10^12 (the English billion is a "milliard").
import { numberWords, parseDigits, parseNumberWords } from "./numbers.js";
import { flatten, type Lang, type Span } from "./text.js";

export interface MoneyMention extends Span {
  value: number;
  /** ISO 4217; null when the text gives a scale but no currency ("1 milliard"). */
  currency: string | null;
}

export interface PercentMention extends Span {
  value: number;
  /** A fraction word ("half", "la moitié"), not a figure. */
  approximate: boolean;
}

const DIGITS = String.raw`\d{1,3}(?:[ .,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;
const B = String.raw`(?<![\p{L}\p{N}])`; // start of a word
const E = String.raw`(?![\p{L}\p{N}])`; // end of a word

/** Scale words and abbreviations, longest first, with their factor in each language. */
const SCALES: Array<{ re: string; en: number; fr: number }> = [
  { re: "trillions?", en: 1e12, fr: 1e18 },
  { re: "billions?", en: 1e9, fr: 1e12 },
  { re: "milliards?", en: 1e9, fr: 1e9 },
  { re: "millions?", en: 1e6, fr: 1e6 },
  { re: "thousand", en: 1e3, fr: 1e3 },
  { re: "mille", en: 1e3, fr: 1e3 },
  { re: "mrds?|mds?|bln|bn|b", en: 1e9, fr: 1e9 },
  { re: "mln|mio|mn|m", en: 1e6, fr: 1e6 },
  { re: "tn|t", en: 1e12, fr: 1e12 },
  { re: "k", en: 1e3, fr: 1e3 },
];
const SCALE = SCALES.map((s) => s.re).join("|");
// Bare amounts (no currency) need a whole scale word: "1 milliard", not "15 m".
const SCALE_WORD = "trillions?|billions?|milliards?|millions?";
// What a bare "3 million" counts when it is not money.
const COUNT_NOUNS = String.raw`(?:users|customers|clients|employees|people|subscribers|downloads|shares|units|devices|visitors|members|utilisateurs|salari[ée]s|employ[ée]s|abonn[ée]s|personnes|habitants|actions|visiteurs|membres|t[ée]l[ée]chargements)(?![\p{L}])`;

/** Currency symbols and prefixes, longest first. */
const SYMBOLS: Array<[string, string]> = [
  ["US$", "USD"], ["$US", "USD"], ["CA$", "CAD"], ["C$", "CAD"], ["AU$", "AUD"], ["A$", "AUD"], ["HK$", "HKD"],
  ["S$", "SGD"], ["$", "USD"], ["€", "EUR"], ["£", "GBP"], ["¥", "JPY"], ["₹", "INR"],
];
const CODES = ["USD", "EUR", "GBP", "CHF", "JPY", "CNY", "CAD", "AUD", "INR", "SEK", "NOK", "DKK", "KRW", "SGD", "HKD", "BRL", "ILS", "AED", "SAR"];

/** Currency names in both languages (matched case-insensitively, accents as written). */
const CURRENCY_WORDS: Array<[string, string]> = [
  [String.raw`dollars?\s+(?:canadiens?|canadian)|canadian\s+dollars?`, "CAD"],
  [String.raw`dollars?\s+(?:australiens?|australian)|australian\s+dollars?`, "AUD"],
  [String.raw`dollars?\s+(?:am[ée]ricains?|US)|US\s+dollars?|dollars?`, "USD"],
  [String.raw`euros?`, "EUR"],
  [String.raw`livres?\s+sterling|livres?|pounds?\s+sterling|pounds?|sterling`, "GBP"],
  [String.raw`francs?\s+suisses|swiss\s+francs?`, "CHF"],
  [String.raw`yens?`, "JPY"],
  [String.raw`yuans?|renminbi`, "CNY"],
  [String.raw`roupies?|rupees?`, "INR"],
];

const escape = (s: string) => s.replace(/[$.*+?^(){}[\]|\\]/g, "\\$&");
const SYMBOL = SYMBOLS.map(([s]) => escape(s)).join("|");
const CODE = CODES.join("|");
const CURRENCY_WORD = CURRENCY_WORDS.map(([w]) => `(?:${w})`).join("|");

function wordsPattern(lang: Lang): string {
  const w = numberWords(lang).join("|");
  return `(?:${w})(?:[\\s-]+(?:(?:et|and)[\\s-]+)?(?:${w}))*`;
}

interface Patterns {
  prefix: RegExp;
  suffix: RegExp;
  half: RegExp;
  bare: RegExp;
  percent: RegExp;
  fraction: RegExp;
}

const cache = new Map<Lang, Patterns>();

function patterns(lang: Lang): Patterns {
  const cached = cache.get(lang);
  if (cached) return cached;
  const words = wordsPattern(lang);
  // Abbreviated scales ("15M", "2 Md") only after digits; written-out numbers take whole words.
  const num = `(?<digits>${DIGITS})\\s?(?:(?<scale>${SCALE})(?:${E}|(?=[$€£¥₹])))?|(?<words>${words})${E}(?:\\s+(?<wscale>${SCALE_WORD})${E})?`;
  const numOnly = `(?<digits>${DIGITS})|(?<words>${words})${E}`;
  const fractionWords =
    lang === "en"
      ? String.raw`(?<!(?:first|second|latter|other)\s)(?:(?:a|one)[\s-])?half|(?:a|one)[\s-]third|two[\s-]thirds|(?:a|one)[\s-]quarter|three[\s-]quarters`
      : String.raw`(?:la\s+)?moiti[ée]|(?:un|le)\s+tiers|deux\s+tiers|(?:un|le)\s+quart|trois\s+quarts`;
  const fractionNext =
    lang === "en"
      ? String.raw`(?=\s+(?:of|the|its|their|stake|interest|share|ownership)${E})(?!\s+of\s+(?:the\s+)?(?:year|decade|month|century|20\d\d|19\d\d|all|those|them|us)${E})`
      : String.raw`(?=\s*(?:de|du|des|d')(?![\p{L}]))(?!\s*(?:de\s+l'|du\s+|des\s+)?(?:ann[ée]e|an|mois|si[èe]cle|d[ée]cennie|semaine|temps|20\d\d|19\d\d)${E})`;
  const p: Patterns = {
    prefix: new RegExp(`${B}(?<cur>${SYMBOL})\\s?(?<digits>${DIGITS})(?:\\s?(?<scale>${SCALE})${E})?|(?<![\\p{L}\\p{N}$])(?<code>${CODE})\\s?(?<digits2>${DIGITS})(?:\\s?(?<scale2>${SCALE})${E})?`, "giu"),
    suffix: new RegExp(
      `${B}(?:${num})\\s?(?:(?:de|d')\\s?|of\\s)?(?:(?<sym>${SYMBOL})|(?<code>${CODE})${E}|(?<word>${CURRENCY_WORD})${E})`,
      "giu",
    ),
    half: new RegExp(
      `${B}(?:half\\s+an?|(?:un\\s+)?demi-?)\\s*(?<scale>${SCALE_WORD})\\s+(?:(?:de|d')\\s?|of\\s)?(?:(?<sym>${SYMBOL})|(?<code>${CODE})${E}|(?<word>${CURRENCY_WORD})${E})`,
      "giu",
    ),
    bare: new RegExp(
      `${B}(?:${numOnly})\\s(?<scale>${SCALE_WORD})${E}(?!\\s*(?:(?:de|d'|of)\\s?[\\p{L}$€£]|${COUNT_NOUNS}))`,
      "giu",
    ),
    percent: new RegExp(`${B}(?:${numOnly})[\\s-]?(?:%|(?:pour\\s?cents?|pourcents?|percent|per\\s?cent|pct)${E})`, "giu"),
    fraction: new RegExp(`${B}(?<frac>${fractionWords})${fractionNext}`, "giu"),
  };
  cache.set(lang, p);
  return p;
}

function numberOf(groups: Record<string, string | undefined>, lang: Lang, digitsKey = "digits"): number {
  const digits = groups[digitsKey];
  if (digits !== undefined) return parseDigits(digits, lang);
  if (groups.words !== undefined) return parseNumberWords(groups.words, lang);
  return Number.NaN;
}

function scaleOf(word: string | undefined, lang: Lang): number {
  if (!word) return 1;
  const lower = word.toLowerCase();
  for (const s of SCALES) if (new RegExp(`^(?:${s.re})$`, "i").test(lower)) return s[lang];
  return 1;
}

function currencyOf(groups: Record<string, string | undefined>): string | null {
  const sym = groups.sym ?? groups.cur;
  if (sym) return SYMBOLS.find(([s]) => s.toLowerCase() === sym.toLowerCase())?.[1] ?? null;
  if (groups.code) return groups.code.toUpperCase();
  if (groups.word) {
    for (const [w, code] of CURRENCY_WORDS) if (new RegExp(`^(?:${w})$`, "iu").test(groups.word)) return code;
  }
  return null;
}

const round = (n: number) => Number(n.toPrecision(12));

/**
 * Every amount of money in a text, with its offsets. Written-out numbers count only with
 * a scale word or a currency ("a billion dollars", "quatorze milliards"); figures without
 * a currency count only with a whole scale word ("1 milliard"), and then carry currency
 * null for the caller to settle.
 *
 * @example findMoney("Meta a déboursé 14,3 milliards de dollars", "fr")
 *   // [{ text: "14,3 milliards de dollars", value: 14300000000, currency: "USD", ... }]
 */
export function findMoney(text: string, lang: Lang): MoneyMention[] {
  const flat = flatten(text);
  const p = patterns(lang);
  const found: MoneyMention[] = [];
  const add = (m: RegExpExecArray, value: number, currency: string | null) => {
    if (!Number.isFinite(value) || value <= 0) return;
    const span = trimSpan(text, m.index, m.index + m[0].length);
    found.push({ ...span, value: round(value), currency });
  };
  for (const m of flat.matchAll(p.prefix)) {
    const g = m.groups ?? {};
    if (g.code) add(m, numberOf(g, lang, "digits2") * scaleOf(g.scale2, lang), g.code.toUpperCase());
    else add(m, numberOf(g, lang) * scaleOf(g.scale, lang), currencyOf(g));
  }
  for (const m of flat.matchAll(p.suffix)) {
    const g = m.groups ?? {};
    // "one dollar" is money; "a euro" too, but a lone number word before a currency word
    // with no scale is too often something else ("un dollar fort").
    if (g.words !== undefined && !g.wscale && parseNumberWords(g.words, lang) < 2) continue;
    add(m, numberOf(g, lang) * scaleOf(g.scale ?? g.wscale, lang), currencyOf(g));
  }
  for (const m of flat.matchAll(p.half)) add(m, 0.5 * scaleOf(m.groups?.scale, lang), currencyOf(m.groups ?? {}));
  for (const m of flat.matchAll(p.bare)) {
    const g = m.groups ?? {};
    add(m, numberOf(g, lang) * scaleOf(g.scale, lang), null);
  }
  return dropOverlaps(found);
}

/**
 * Every share of something: "49 %", "4.3 percent", "49 pour cent", and fraction words
 * when they quantify something ("half of", "la moitié de", "a third of the company"),
 * not a period ("the first half of 2024", "la moitié de l'année").
 */
export function findPercents(text: string, lang: Lang): PercentMention[] {
  const flat = flatten(text);
  const p = patterns(lang);
  const found: PercentMention[] = [];
  for (const m of flat.matchAll(p.percent)) {
    const value = numberOf(m.groups ?? {}, lang);
    if (Number.isFinite(value) && value > 0 && value <= 100) found.push({ ...trimSpan(text, m.index, m.index + m[0].length), value, approximate: false });
  }
  for (const m of flat.matchAll(p.fraction)) {
    const value = fractionValue(m.groups?.frac ?? "");
    if (value) found.push({ ...trimSpan(text, m.index, m.index + m[0].length), value, approximate: true });
  }
  return dropOverlaps(found);
}

function fractionValue(words: string): number | undefined {
  const w = words.toLowerCase();
  if (/half|moiti/.test(w)) return 50;
  if (/two|deux/.test(w) && /third|tiers/.test(w)) return 66.67;
  if (/third|tiers/.test(w)) return 33.33;
  if (/three|trois/.test(w)) return 75;
  if (/quarter|quart/.test(w)) return 25;
  return undefined;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end, text: text.slice(start, end) };
}

/** Keeps, of overlapping mentions, the longest (the earliest on a tie), in text order. */
function dropOverlaps<T extends Span>(mentions: T[]): T[] {
  const sorted = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const m of sorted) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}
