// Where the text names entities the graph already knows: by name and alias, longest name
// first, through possessives and elisions. A pure function of the text and the list.
import { nameKey } from "../text/fold.js";
import type { KnownEntity } from "./entity-types.js";
import { CALENDAR_WORDS, COMMON_WORDS, NAME_TAILS, NEVER_NAMES, plain } from "./lexicon.js";
import { flatten, type Span } from "./text.js";
import { isCapitalized, type Token, tokenize } from "./tokens.js";

/** A name found in the text. */
export interface NameMention extends Span {
  key: string;
  /** Known entities it names; more than one: ambiguous. Empty for a new candidate. */
  known: KnownEntity[];
  /** All lowercase while the known name is not: a weaker match ("apple" for Apple). */
  weakCase: boolean;
}

/** Known entities by name key: every name and alias of each. */
export function indexKnown(known: KnownEntity[]): { byKey: Map<string, KnownEntity[]>; maxWords: number } {
  const byKey = new Map<string, KnownEntity[]>();
  let maxWords = 1;
  for (const e of known) {
    for (const n of [e.name, ...e.aliases]) {
      const key = nameKey(n);
      if (!key) continue;
      maxWords = Math.max(maxWords, key.split(" ").length);
      const list = byKey.get(key) ?? [];
      if (!list.some((x) => x.id === e.id)) list.push(e);
      byKey.set(key, list);
    }
  }
  return { byKey, maxWords: Math.min(maxWords + 1, 10) };
}

/**
 * Where the text names entities the graph knows: by name or alias, case-, accent- and
 * punctuation-insensitively (the loader's nameKey), longest name first, through
 * possessives ("Meta's", "Scale AI's") and elisions ("d'Amazon", "l'Oréal" stays whole
 * when it is the name). Pure: the text and the list in, mentions out.
 *
 * @example matchKnownEntities("Le rachat d'Amazon...", [{ id: "amazon", type: "Company", name: "Amazon", aliases: [] }])
 *   // [{ text: "Amazon", key: "amazon", known: [amazon], ... }]
 */
export function matchKnownEntities(text: string, known: KnownEntity[]): NameMention[] {
  if (!known.length) return [];
  const flat = flatten(text);
  const { byKey, maxWords } = indexKnown(known);
  const tokens = tokenize(flat);
  const mentions: NameMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    let found: { start: number; end: number; key: string; list: KnownEntity[]; n: number } | undefined;
    for (let n = Math.min(maxWords, tokens.length - i); n >= 1 && !found; n--) {
      const first = tokens[i]!;
      const last = tokens[i + n - 1]!;
      if (!joined(flat, tokens, i, n)) continue;
      for (const start of [first.start, first.coreStart]) {
        for (const end of [last.end, last.coreEnd]) {
          if (found || end <= start) continue;
          const key = nameKey(flat.slice(start, end));
          const list = byKey.get(key);
          if (list) found = { start, end, key, list, n };
        }
      }
    }
    if (!found) {
      i++;
      continue;
    }
    const next = tokens[i + found.n];
    if (found.end === tokens[i + found.n - 1]!.end && next && joined(flat, tokens, i + found.n - 1, 2) && continuesName(flat.slice(next.coreStart, next.coreEnd))) {
      // "Google DeepMind", "Microsoft Gaming", "Amazon Web Services": a longer name, not the known one.
      i += found.n;
      continue;
    }
    const surface = text.slice(found.start, found.end);
    const weakCase = surface === surface.toLowerCase() && found.list.every((e) => e.name !== e.name.toLowerCase());
    mentions.push({ start: found.start, end: found.end, text: surface, key: found.key, known: found.list, weakCase });
    i += found.n;
  }
  return mentions;
}

/** A capitalized word that would make a name longer ("DeepMind" after "Google"), not a common word. */
function continuesName(word: string): boolean {
  const p = plain(word);
  return isCapitalized(word) && !COMMON_WORDS.has(p) && !CALENDAR_WORDS.has(p) && (!NEVER_NAMES.has(p) || NAME_TAILS.has(p)) && !/-\p{Ll}/u.test(word);
}

/** Whether tokens i..i+n-1 are one name's words: separated by spaces (or " & ") only. */
function joined(flat: string, tokens: Token[], i: number, n: number): boolean {
  for (let k = i; k < i + n - 1; k++) {
    const gap = flat.slice(tokens[k]!.end, tokens[k + 1]!.start);
    if (!/^(?: {1,2}|\n| ?& ?)$/.test(gap)) return false;
    if (k > i && tokens[k]!.coreStart !== tokens[k]!.start) return false; // "Meta d'Amazon" is two names
    if (tokens[k]!.coreEnd !== tokens[k]!.end) return false; // "Meta's Scale" too
  }
  return true;
}
