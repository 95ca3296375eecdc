// Raw article text as the extractor reads it: one normalized body, a same-length ASCII
// view of it for pattern matching, its sentences, its language and its title.
import { parse as parseYaml } from "yaml";

export type Lang = "en" | "fr";
export const LANGS: readonly Lang[] = ["en", "fr"];

/** A stretch of the body, by offsets; `text` is the body's own characters there. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * Typographic characters mapped one-for-one to ASCII, so that offsets found in the
 * folded view are offsets in the body. (foldEvidence also collapses white space, which
 * changes lengths; evidence is folded when the draft is written, not here.)
 */
const SAME_LENGTH: Record<string, string> = {
  "\u2018": "'", "\u2019": "'", "\u201A": "'", "\u201B": "'", "\u2032": "'", "\u02BC": "'",
  "\u201C": '"', "\u201D": '"', "\u201E": '"', "\u201F": '"', "\u00AB": '"', "\u00BB": '"',
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
  "\u00A0": " ", "\u202F": " ", "\u2007": " ", "\u2009": " ", "\u200A": " ", "\t": " ", "\r": " ",
};
const SAME_LENGTH_RE = new RegExp(`[${Object.keys(SAME_LENGTH).join("")}]`, "g");

/** The body in the form every finder searches: same length, ASCII quotes, dashes and spaces. */
export function flatten(body: string): string {
  return body.replace(SAME_LENGTH_RE, (c) => SAME_LENGTH[c] ?? c);
}

/** Evidence as the draft writes it: the body's characters, white space runs folded to one space. */
export function evidenceText(body: string, span: { start: number; end: number }): string {
  return body.slice(span.start, span.end).replace(/\s+/gu, " ").trim();
}

export interface Sentence extends Span {
  /** Same offsets, flattened text (see `flatten`). */
  flat: string;
  /** A Markdown heading or a title line: names may be matched there, facts are not read from it. */
  heading: boolean;
}

// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS = new Set([
  "inc", "corp", "co", "ltd", "llc", "plc", "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc",
  "m", "mme", "mmes", "mlle", "mm", "me", "pr", "cf", "env", "p", "ex", "no", "n", "vol", "approx", "jan",
  "feb", "fév", "aug", "sept", "oct", "nov", "dec", "déc", "u.s", "e.g", "i.e",
]);

/**
 * Splits a body into sentences: at . ! ? and the ellipsis when followed by space and a
 * capital, digit or quote, and at paragraph breaks. Decimals ("14.3"), abbreviations
 * ("Inc.", "M.") and initials ("U.S.") do not end a sentence; a single line break inside
 * a paragraph (hard-wrapped text) does not either.
 */
export function splitSentences(body: string): Sentence[] {
  const flat = flatten(body);
  const sentences: Sentence[] = [];
  const push = (start: number, end: number, heading: boolean) => {
    while (start < end && /\s/.test(flat[start]!)) start++;
    while (end > start && /\s/.test(flat[end - 1]!)) end--;
    if (end > start) sentences.push({ start, end, text: body.slice(start, end), flat: flat.slice(start, end), heading });
  };

  // Paragraphs first: blank lines, and heading or list lines stand alone.
  const lineRe = /[^\n]*(?:\n|$)/g;
  let paragraphStart = -1;
  let m: RegExpExecArray | null;
  const paragraphs: Array<{ start: number; end: number; heading: boolean }> = [];
  while ((m = lineRe.exec(flat)) && m[0] !== "") {
    const line = m[0];
    const start = m.index;
    const trimmed = line.trim();
    const isHeading = /^#{1,6}\s/.test(trimmed);
    if (trimmed === "" || isHeading || /^([-*+]|\d+[.)])\s/.test(trimmed)) {
      if (paragraphStart >= 0) paragraphs.push({ start: paragraphStart, end: start, heading: false });
      paragraphStart = -1;
      if (isHeading) paragraphs.push({ start: start + line.indexOf("#") + (/^#+\s*/.exec(trimmed)?.[0].length ?? 0), end: start + line.length, heading: true });
      else if (trimmed !== "") paragraphStart = start + line.indexOf(trimmed[0]!) + (/^([-*+]|\d+[.)])\s+/.exec(trimmed)?.[0].length ?? 0);
      continue;
    }
    if (paragraphStart < 0) paragraphStart = start;
  }
  if (paragraphStart >= 0) paragraphs.push({ start: paragraphStart, end: flat.length, heading: false });

  for (const p of paragraphs) {
    if (p.heading) {
      push(p.start, p.end, true);
      continue;
    }
    let start = p.start;
    const re = /([.!?]+|\u2026)(["')\]*_]*)(?=\s+["'(*_]*[\p{Lu}\p{N}"'(]|\s*$)/gu;
    re.lastIndex = p.start;
    let b: RegExpExecArray | null;
    const text = flat.slice(0, p.end);
    while ((b = re.exec(text))) {
      const end = b.index + b[0].length;
      if (b[1] === "." && endsWithAbbreviation(flat.slice(start, b.index))) continue;
      push(start, end, false);
      start = end;
    }
    push(start, p.end, false);
  }
  return sentences;
}

function endsWithAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1];
  if (!word) return false;
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return true;
  // "a Series D.", "une série D.": a round's letter, not an initial.
  if (/(?<![\p{L}])(?:series|s[ée]rie)\s+\p{Lu}$/iu.test(before)) return false;
  // Initials: "J." or "U.S" before the period.
  return /^(\p{Lu}|(\p{L}\.)+\p{L})$/u.test(word);
}

const STOPWORDS: Record<Lang, string[]> = {
  en: ["the", "of", "and", "to", "in", "a", "is", "for", "with", "that", "on", "by", "its", "has", "was", "it", "as", "from", "at", "which", "said", "will", "have", "this", "an", "be", "who", "their", "after", "than"],
  fr: ["le", "la", "les", "de", "des", "du", "et", "un", "une", "est", "dans", "pour", "qui", "que", "sur", "avec", "au", "aux", "ce", "cette", "son", "sa", "ses", "il", "elle", "a", "par", "plus", "pas", "ont", "sont", "d", "l", "qu"],
};

/**
 * The body's language among English and French, by counting each one's most frequent
 * function words; with nothing to go on, English.
 */
export function detectLanguage(text: string): Lang {
  const words = flatten(text).toLowerCase().split(/[^\p{L}]+/u);
  const score = (lang: Lang) => {
    const set = new Set(STOPWORDS[lang]);
    return words.reduce((n, w) => n + (set.has(w) ? 1 : 0), 0);
  };
  return score("fr") > score("en") ? "fr" : "en";
}

export interface PreparedText {
  title: string;
  /** How the title was found, for the draft's comment. */
  titleFrom: "heading" | "first line" | "first sentence" | "front matter";
  /** The article body: the input (NFC) less a title line and any front matter. */
  body: string;
  /** Fields given by a front matter the input already had (publishedOn, language...). */
  frontMatter: Record<string, unknown>;
}

/**
 * Separates a raw input into title and body. A first line that is a Markdown heading,
 * or a short line standing alone (no final period, a blank line or nothing after it),
 * is the title and leaves the body; otherwise the title is the first sentence and the
 * body is the whole text. A YAML front matter, if the input has one, is dropped (its
 * fields are returned).
 */
export function prepareText(raw: string): PreparedText {
  let text = raw.replace(/^\uFEFF/, "").normalize("NFC").replace(/\r\n?/g, "\n");
  let frontMatter: Record<string, unknown> = {};
  const fm = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (fm) {
    try {
      const parsed: unknown = parseYaml(fm[1]!, { schema: "core" });
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) frontMatter = parsed as Record<string, unknown>;
    } catch {
      // Not front matter after all: leave the text whole.
    }
    if (Object.keys(frontMatter).length) text = text.slice(fm[0].length);
  }
  const lead = /^\s*/.exec(text)![0].length;
  const firstLineEnd = text.indexOf("\n", lead) < 0 ? text.length : text.indexOf("\n", lead);
  const firstLine = text.slice(lead, firstLineEnd).trim();
  const rest = text.slice(firstLineEnd);
  const standsAlone = rest.trim() === "" || /^\n[ \t]*\n/.test(rest) || /^\n[ \t]*#/.test(rest);

  if (typeof frontMatter.title === "string" && frontMatter.title.trim()) {
    return { title: frontMatter.title.trim(), titleFrom: "front matter", body: text.trim() + "\n", frontMatter };
  }
  if (/^#{1,6}\s/.test(firstLine)) {
    return { title: firstLine.replace(/^#+\s*/, "").replace(/\s*#+$/, ""), titleFrom: "heading", body: rest.trim() + "\n", frontMatter };
  }
  if (firstLine.length <= 160 && standsAlone && !/[.!?:;,]$/.test(firstLine) && rest.trim() !== "") {
    return { title: firstLine, titleFrom: "first line", body: rest.trim() + "\n", frontMatter };
  }
  const body = text.trim() + "\n";
  const first = splitSentences(body)[0];
  let title = (first ? first.text : firstLine).replace(/\s+/g, " ").trim();
  if (title.length > 140) title = `${title.slice(0, 137).replace(/\s+\S*$/, "")}...`;
  return { title, titleFrom: "first sentence", body, frontMatter };
}
