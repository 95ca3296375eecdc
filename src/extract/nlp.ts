// What the installed NLP library knows about names, offline: compromise (English). Loaded
// on first use (about 0.4 s), synchronously, so that extract() stays a plain function.
// Two uses: its lexicon's first names widen the people lexicon (lexicon.ts FIRST_NAMES is
// small), and its tagger's people and organisations are one more cue for a new English
// name's type (candidates.ts). fr-compromise was measured on the French dev articles and
// dropped: its tagger found no name the rules missed, its lexicon adds no first name the
// extractor uses, and loading it costs another 0.35 s.
import { createRequire } from "node:module";
import { COMMON_WORDS, COMPANY_HEADS, NAME_TAILS, NEVER_NAMES, PLACES, plain } from "./lexicon.js";

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
let loaded: Nlp | undefined;

function library(): Nlp {
  loaded ??= require("compromise") as Nlp;
  return loaded;
}

let firstNames: Set<string> | undefined;

/**
 * The first names of the library's lexicon (words tagged FirstName, MaleName or
 * FemaleName, about 3,000), less the words the extractor's lists say are something else
 * (common words, places, company heads). Plain forms (see lexicon.ts `plain`).
 */
export function libraryFirstNames(): Set<string> {
  if (firstNames) return firstNames;
  const out = new Set<string>();
  for (const [word, tag] of Object.entries(library().model().one.lexicon)) {
    if (!/^(?:FirstName|MaleName|FemaleName)$/.test(String(tag)) || /\s/.test(word)) continue;
    const p = plain(word);
    if (!COMMON_WORDS.has(p) && !NEVER_NAMES.has(p) && !NAME_TAILS.has(p) && !COMPANY_HEADS.has(p) && !PLACES.has(p)) out.add(p);
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

/** The people and organisations the English tagger finds in `text`. */
export function taggedNames(text: string): TaggedName[] {
  const doc = library()(text);
  const spans = (view: NlpView, type: TaggedName["type"]) =>
    view.json({ offset: true, terms: false }).map((x) => ({ start: x.offset.start, end: x.offset.start + x.offset.length, type }));
  return [...spans(doc.people(), "Person"), ...spans(doc.organizations(), "Company")];
}
