// What the installed NLP libraries know about names, offline: compromise (English) and
// fr-compromise (French). Loaded on first use (about 0.4 s each), synchronously, so that
// extract() stays a plain function. Two uses: their lexicons' first names widen the
// people lexicon (lexicon.ts FIRST_NAMES is small), and their taggers' people and
// organisations are one more cue for a new name's type (candidates.ts).
import { createRequire } from "node:module";
import { COMMON_WORDS, COMPANY_HEADS, NAME_TAILS, NEVER_NAMES, PLACES, plain } from "./lexicon.js";
import type { Lang } from "./text.js";

interface NlpView {
  people(): NlpView;
  organizations(): NlpView;
  json(options: { offset: boolean; terms: boolean }): Array<{ text: string; offset: { start: number; length: number } }>;
}
interface Nlp {
  (text: string): NlpView;
  model(): { one: { lexicon: Record<string, string | string[]> } };
}

const require = createRequire(import.meta.url);
const loaded = new Map<Lang, Nlp>();

function library(lang: Lang): Nlp {
  let nlp = loaded.get(lang);
  if (!nlp) {
    nlp = require(lang === "fr" ? "fr-compromise" : "compromise") as Nlp;
    loaded.set(lang, nlp);
  }
  return nlp;
}

let firstNames: Set<string> | undefined;

/**
 * The first names of the English and French libraries' lexicons (words tagged FirstName,
 * MaleName or FemaleName), less the words the extractor's lists say are something else
 * (common words, places, company heads). Plain forms (see lexicon.ts `plain`).
 */
export function libraryFirstNames(): Set<string> {
  if (firstNames) return firstNames;
  const out = new Set<string>();
  for (const lang of ["en", "fr"] as const) {
    for (const [word, tag] of Object.entries(library(lang).model().one.lexicon)) {
      if (!/^(?:FirstName|MaleName|FemaleName)$/.test(String(tag)) || /\s/.test(word)) continue;
      const p = plain(word);
      if (!COMMON_WORDS.has(p) && !NEVER_NAMES.has(p) && !NAME_TAILS.has(p) && !COMPANY_HEADS.has(p) && !PLACES.has(p)) out.add(p);
    }
  }
  firstNames = out;
  return out;
}

/** A name the library's tagger reads as a person or an organisation, with its offsets in the text it was given. */
export interface TaggedName {
  start: number;
  end: number;
  type: "Person" | "Company";
}

/** The people and organisations the language's tagger finds in `text`. */
export function taggedNames(text: string, lang: Lang): TaggedName[] {
  const doc = library(lang)(text);
  const spans = (view: NlpView, type: TaggedName["type"]) =>
    view.json({ offset: true, terms: false }).map((x) => ({ start: x.offset.start, end: x.offset.start + x.offset.length, type }));
  return [...spans(doc.people(), "Person"), ...spans(doc.organizations(), "Company")];
}
