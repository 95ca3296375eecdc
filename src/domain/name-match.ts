// Entities whose names leave doubt. Resolution matches an entity by its exact name keys
// (src/text/fold.ts: case, accents, punctuation and legal suffixes aside); a new entity
// whose name is a shorter or longer form of a known one, word for word ("Mistral" and
// "Mistral AI", "Anthropic" and "Anthropic PBC"), may be the same or not ("Google" and
// "Google DeepMind" are two). It is created, and linked to the other as a possible
// duplicate for a person to decide, scored:
//
//   NAME     one name is the other plus words                         +2
//   COUNTRY  both give a country: the same +1, different -2 (no link)
//
// A link is made from LINK_AT (deal-match.ts) up. The shorter form must keep at least
// MIN_FORM letters, so that "AI" or "The" alone never links every company.
import { LINK_AT, type MatchScore } from "./deal-match.js";

const MIN_FORM = 4;

/** The shorter forms of a typed name key, word by word: "company:anthropic pbc inc" -> ["company:anthropic pbc", "company:anthropic"]. */
export function shorterForms(key: string): string[] {
  const colon = key.indexOf(":");
  const [type, words] = [key.slice(0, colon + 1), key.slice(colon + 1).split(" ")];
  const forms: string[] = [];
  for (let n = words.length - 1; n >= 1; n--) {
    const name = words.slice(0, n).join(" ");
    if (name.replace(/ /g, "").length >= MIN_FORM) forms.push(`${type}${name}`);
  }
  return forms;
}

/** Whether a key's name is long enough to look for longer forms of it. */
export const longEnough = (key: string) => key.slice(key.indexOf(":") + 1).replace(/ /g, "").length >= MIN_FORM;

/** The score of a new entity against one a shorter or longer form of its name names. */
export function scoreNames(country: string | null, otherCountry: string | null): MatchScore {
  const both = country !== null && otherCountry !== null;
  const same = both && country === otherCountry;
  return {
    score: 2 + (both ? (same ? 1 : -2) : 0),
    agreed: same ? ["NAME", "COUNTRY"] : ["NAME"],
    conflicting: both && !same ? ["COUNTRY"] : [],
  };
}

/** Whether a name score links the two. */
export const linksNames = (s: MatchScore) => s.score >= LINK_AT;
