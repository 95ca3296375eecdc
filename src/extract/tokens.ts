// A word of article text: where it starts and ends, and its core once an elision ("d'",
// "l'") or a possessive ("'s") is set aside. Shared by the matching of known names
// (known-names.ts) and the finding of new ones (candidates.ts).
import type { Span } from "./text.js";

export interface Token extends Span {
  /** Offset and text once a French elision ("d'", "l'") and an English possessive ("'s") are set aside. */
  coreStart: number;
  coreEnd: number;
}

// A word: letters and digits, joined inside by . ' - & : ("Booking.com", "L'Oréal", "AT&T", "Run:ai").
const TOKEN_RE = /[\p{L}\p{N}](?:[\p{L}\p{N}]|[.'&:-](?=[\p{L}\p{N}]))*/gu;
// "d'Amazon", "L'an": an elision; "D'Angelo", "O'Brien": a name.
const ELISION_RE = /^(?:(?:d|l|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu|quoiqu)'(?=[\p{L}\p{N}])|(?:D|L|Qu|J|N|S|C|M|T|Jusqu|Lorsqu|Puisqu)'(?=\p{Ll}))/u;
// Not "outre-Atlantique", "Saint-Denis": only prefixes of time and stance.
const LOWER_PREFIX_RE = /^(?:ex|post|pre|pr[ée]|apr[èe]s|avant|anti|pro|ultra|n[ée]o)-(?=\p{Lu}\p{Ll})/u;
const POSSESSIVE_RE = /'s?$/iu;
// "SoftBank-backed", "Paris-based": the name before the hyphen stands alone.
const HYPHEN_SUFFIX_RE = /-(backed|owned|led|funded|based|made|built|controlled|run|affiliated|linked|style)$/iu;

/** The words of `flat` between two offsets (whole text by default). */
export function tokenize(flat: string, from = 0, to = flat.length): Token[] {
  const tokens: Token[] = [];
  const re = new RegExp(TOKEN_RE.source, "gu");
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(flat)) && m.index < to) {
    let start = m.index;
    let end = Math.min(m.index + m[0].length, to);
    let text = flat.slice(start, end);
    const suffix = HYPHEN_SUFFIX_RE.exec(text);
    if (suffix && suffix.index > 0) {
      end = start + suffix.index;
      text = flat.slice(start, end);
    }
    const elision = ELISION_RE.exec(text);
    // "l'après-Jeff Williams", "ex-Google": a lowercase prefix before a name is set aside like an elision.
    const prefix = LOWER_PREFIX_RE.exec(text.slice(elision ? elision[0].length : 0));
    const coreStart = start + (elision ? elision[0].length : 0) + (prefix ? prefix[0].length : 0);
    // "L'Oréal" is one word; "X's" is "X" and a possessive.
    const possessive = /[\p{L}\p{N}]'s?$/iu.test(text) && !/^[\p{L}]'(?!s$)[\p{L}]+$/u.test(text) ? POSSESSIVE_RE.exec(text) : null;
    const coreEnd = possessive ? end - possessive[0].length : end;
    tokens.push({ start, end, text, coreStart, coreEnd: Math.max(coreEnd, coreStart + 1) });
    if (suffix && suffix.index > 0) re.lastIndex = start + suffix.index + 1;
  }
  return tokens;
}

/** A word that may be a name: capitalized ("Meta"), camel-cased ("xAI", "eBay"), or digits then letters ("23andMe"). */
export const isCapitalized = (word: string) => /^\p{Lu}/u.test(word) || /^\p{Ll}{1,3}\p{Lu}/u.test(word) || /^\p{N}+\p{L}/u.test(word);
