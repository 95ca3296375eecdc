// The text side of search, pure and unit-tested: user text to a Lucene query that cannot
// be misread, and how well a name matches it (exact, prefix, one typo away).
import { nameKey } from "../../text/fold.js";

/** How a hit's name matches the text; ranks before any other measure. */
export type MatchKind = "EXACT" | "PREFIX" | "FUZZY";

// Lucene's classic query syntax: every character it gives a meaning to.
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** `term` with every Lucene metacharacter escaped, so the parser reads it as text. */
export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, "\\$&");
}

/** Case and accents folded ("Société" -> "societe"), as the standard-folding analyzer indexes them. */
export function foldText(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
}

// Below these lengths a prefix or a one-edit variant matches too much to mean anything.
const MIN_PREFIX = 2;
const MIN_FUZZY = 4;

/**
 * The Lucene query for `text`, or null when it holds nothing to search for. Each word of
 * the text, folded and escaped, may match as itself, as the start of a word (type-ahead)
 * or one edit away (a typo); the words are alternatives, and the hits are sorted out by
 * classify. Lucene syntax in the text (`"`, `:`, `*`, `(`, AND, ...) is escaped or
 * lower-cased, so it is searched for, never interpreted, and never a parse error.
 *
 * @example luceneQuery('Antropic "AI"') // 'antropic OR antropic* OR antropic~1 OR \\"ai\\" OR \\"ai\\"*'
 */
export function luceneQuery(text: string): string | null {
  const words = foldText(text)
    .split(/\s+/u)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (!words.length) return null;
  const clauses = words.flatMap((word) => {
    const term = escapeLucene(word);
    const letters = word.replace(/[^\p{L}\p{N}]/gu, "").length;
    return [term, ...(letters >= MIN_PREFIX ? [`${term}*`] : []), ...(letters >= MIN_FUZZY ? [`${term}~1`] : [])];
  });
  return clauses.join(" OR ");
}

/**
 * Edit distance between two strings, counting an insertion, a deletion, a substitution or
 * a swap of two neighbouring letters as one edit ("darpix" is one edit from "drapix"), as
 * Lucene's fuzzy query does (optimal string alignment).
 */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

export interface Classified {
  match: MatchKind;
  /** The name, alias or title that matched best. */
  matchedText: string;
  /** The hit's score: 3 + x for EXACT, 2 + x for PREFIX, 1 + x for FUZZY, x in [0, 1) rewarding closeness. */
  score: number;
}

const BASE: Record<MatchKind, number> = { EXACT: 3, PREFIX: 2, FUZZY: 1 };

/**
 * How `name` matches the text whose name key is `key` (see nameKey), or null when it
 * does not: EXACT when the keys are equal; PREFIX when the name, or a word of it onwards,
 * starts with the text ("scale" for Scale AI, "wang" for Alexandr Wang); FUZZY when each
 * word of the text is a word of the name, the start of one (the last word), or one edit
 * away from one (words of 4 letters or more), or when the whole differs by one edit.
 */
function classifyName(key: string, name: string): { match: MatchKind; closeness: number } | null {
  const candidate = nameKey(name);
  if (!candidate) return null;
  if (candidate === key) return { match: "EXACT", closeness: 1 };
  const words = candidate.split(" ");
  for (let i = 0; i < words.length; i++) {
    const rest = words.slice(i).join(" ");
    // Closeness: how much of the name the text covers, less from a later word.
    if (rest.startsWith(key)) return { match: "PREFIX", closeness: (key.length / candidate.length) * (i === 0 ? 1 : 0.8) };
  }
  const tokens = key.split(" ");
  let edits = 0;
  for (const [t, token] of tokens.entries()) {
    const last = t === tokens.length - 1;
    let best = Infinity;
    for (const word of words) {
      if (word === token || (last && word.startsWith(token))) best = 0;
      else if (token.length >= MIN_FUZZY && Math.abs(word.length - token.length) <= 1) best = Math.min(best, editDistance(token, word));
    }
    if (best > 1) {
      edits = Infinity;
      break;
    }
    edits += best;
  }
  if (edits === Infinity) {
    const joined = (s: string) => s.replace(/ /g, "");
    if (key.length >= MIN_FUZZY && editDistance(joined(key), joined(candidate)) <= 1) edits = 1;
    else return null;
  }
  return { match: "FUZZY", closeness: 1 - edits / (key.length + 1) };
}

/** The best match of `text` among a hit's names (name and aliases, or a title); null when none matches. */
export function classify(text: string, names: readonly string[]): Classified | null {
  const key = nameKey(text);
  if (!key) return null;
  let best: Classified | null = null;
  names.forEach((name, i) => {
    const found = classifyName(key, name);
    if (!found) return;
    // The display name (first) beats an alias that matches as well.
    const score = Math.round((BASE[found.match] + 0.9 * found.closeness + (i === 0 ? 0.05 : 0)) * 1e4) / 1e4;
    if (!best || score > best.score) best = { match: found.match, matchedText: name, score };
  });
  return best;
}
