// Text comparison rules shared by the loader (evidence, entity resolution) and the API
// (company(name:), search): one place decides when two spellings are the same.

const TYPOGRAPHIC: Record<string, string> = {
  "\u2018": "'", "\u2019": "'", "\u201A": "'", "\u201B": "'", "\u2032": "'", "\u02BC": "'",
  "\u201C": '"', "\u201D": '"', "\u201E": '"', "\u201F": '"', "\u2033": '"', "\u00AB": '"', "\u00BB": '"',
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
};
const TYPOGRAPHIC_RE = new RegExp(`[${Object.keys(TYPOGRAPHIC).join("")}]`, "g");

/**
 * Format rule 1's folding: runs of white space (non-breaking spaces included) to one
 * space, typographic quotes, apostrophes and dashes to their ASCII forms.
 * French guillemets keep their inner spaces, which fold like any other.
 */
export function foldEvidence(text: string): string {
  return text.normalize("NFC").replace(TYPOGRAPHIC_RE, (c) => TYPOGRAPHIC[c] ?? c).replace(/\s+/gu, " ").trim();
}

// Legal forms ignored when comparing company names (rule 3). Matched as whole trailing words.
const LEGAL_SUFFIXES = [
  "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "llp", "lp",
  "plc", "sa", "sas", "sasu", "sarl", "sl", "srl", "spa", "gmbh", "ag", "kg", "bv", "nv", "ab", "as",
  "oy", "kk", "pte", "pty", "se", "pbc",
];
const SUFFIX_RE = new RegExp(`(?:\\s+(?:${LEGAL_SUFFIXES.join("|")}))+$`);

/**
 * The key two names are compared by: case-, accent- and punctuation-insensitive, legal
 * suffixes dropped ("Scale AI, Inc." and "scale ai" give "scale ai"). Punctuation
 * separates words ("Meta-Platforms" is "meta platforms"); a name that is nothing but a
 * legal form keeps it, so "AB" alone is still a name.
 */
export function nameKey(name: string): string {
  const folded = name
    // Dotted initialisms are one word: "N.V." -> "NV", "S.A." -> "SA", "L.L.C." -> "LLC".
    .replace(/(?<![\p{L}\p{N}])(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, ""))
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['\u2019]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  const stripped = folded.replace(SUFFIX_RE, "").trim();
  return stripped || folded;
}

/** A URL-safe id from a name: "Scale AI" -> "scale-ai", "Société Générale" -> "societe-generale". */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['\u2019]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
}

/** The kinds of entity a name key is typed with. */
export type KeyedType = "Company" | "Person";

/** The prefix of a typed name key: "company:", "person:". */
export function nameKeyPrefix(type: KeyedType): string {
  return `${type.toLowerCase()}:`;
}

/**
 * A name key typed with its entity's kind, as NameKey nodes hold it ("company:meta",
 * "person:alexandr wang"): the same name may be a company's and a person's.
 */
export function typedNameKey(type: KeyedType, name: string): string {
  return `${nameKeyPrefix(type)}${nameKey(name)}`;
}
