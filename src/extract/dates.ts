// Dates in article text, resolved against the publication date, with the precision the
// text gives them: "le 12 juin 2025" (day), "in March" (month), "l'an dernier" (year).
// chrono-node does the parsing; its English and French locales miss a few forms common
// in news writing ("in 2023", "en mars", "l'an dernier", "juin 2025", "early 2024"),
// which are added below as chrono parsers, so every date goes through one engine.
import * as chrono from "chrono-node";
import { flatten, type Lang, type Span } from "./text.js";

export type Precision = "year" | "month" | "day";

export interface DateMention extends Span {
  /** A partial date of the article format: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  precision: Precision;
}

/** A date as a deal or a role proposes it. */
export interface ProposedDate {
  date: string;
  precision: Precision;
  /** The words it was read from, or undefined when it is the publication date. */
  text?: string;
}

/** A date the text gives, with the words it was read from. */
export function proposedDate(d: DateMention): ProposedDate {
  return { date: d.date, precision: d.precision, text: d.text };
}

/** When the text gives no date: the publication month (its year when only that is known). */
export function publicationMonth(published: string): ProposedDate {
  return { date: published.slice(0, 7), precision: published.length >= 7 ? "month" : "year" };
}

const FR_MONTHS = ["janvier", "f[ée]vrier", "mars", "avril", "mai", "juin", "juillet", "ao[uû]t", "septembre", "octobre", "novembre", "d[ée]cembre"];
const EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

function monthIndex(word: string, lang: Lang): number {
  const months = lang === "fr" ? FR_MONTHS : EN_MONTHS;
  const lower = word.toLowerCase();
  return months.findIndex((m) => new RegExp(`^${m}$`, "i").test(lower)) + 1;
}

const YEAR = String.raw`((?:19|20)\d{2})`;
const END = String.raw`(?![\p{L}\p{N}])`;

/** A year or month the reference sits in, shifted; month-only dates settle their year later. */
function extraParsers(lang: Lang): chrono.Parser[] {
  const months = (lang === "fr" ? FR_MONTHS : EN_MONTHS).join("|");
  const yearOf = (context: chrono.ParsingContext) => context.refDate.getUTCFullYear();
  if (lang === "fr") {
    return [
      {
        // "l'an dernier", "l'année passée", "l'an prochain", "cette année"
        pattern: () => new RegExp(`(?:l'an(?:n[ée]e)?\\s+(dernier|derni[èe]re|pass[ée]e?|pr[ée]c[ée]dent(?:e)?|prochain(?:e)?)|(cette)\\s+ann[ée]e)${END}`, "iu"),
        extract: (context, match) => {
          const word = (match[1] ?? match[2] ?? "").toLowerCase();
          const shift = word === "cette" ? 0 : word.startsWith("prochain") ? 1 : -1;
          return { year: yearOf(context) + shift };
        },
      },
      {
        // "en mars", "en mars dernier", "mars 2024", "début juin 2025", "au mois de mai"
        pattern: () =>
          new RegExp(`(?:(en|d[ée]but|fin|mi-|courant|depuis|d[èe]s|au\\s+mois\\s+de|le\\s+mois\\s+de)\\s+)?(${months})(?:\\s+(dernier|prochain))?(?:\\s+${YEAR})?${END}`, "iu"),
        extract: (context, match) => {
          const [, prefix, name, which, year] = match;
          const month = monthIndex(name!, "fr");
          if (year) return monthOf(context, month, Number(year));
          if (!prefix && !which) return null; // a bare "mai" or "Mars" is too often not a date
          return monthWithoutYear(context, month, which?.toLowerCase() === "prochain" ? "next" : which ? "last" : "nearest-past");
        },
      },
      {
        // "en 2023", "début 2024", "fin 2023", "mi-2024", "depuis 2019", "d'ici 2030"
        pattern: () => new RegExp(`(?:en|d[ée]but|fin|mi-|courant|depuis|d[èe]s|d'ici|jusqu'en|avant|apr[èe]s)\\s*${YEAR}${END}`, "iu"),
        extract: (_context, match) => ({ year: Number(match[1]) }),
      },
    ];
  }
  return [
    {
      // "in 2023", "early 2024", "late 2023", "mid-2024", "since 2019", "by 2030"
      pattern: () => new RegExp(`(?:in|early|late|mid-|since|by|during|until|before|after|through|throughout)\\s*${YEAR}${END}`, "iu"),
      extract: (_context, match) => ({ year: Number(match[1]) }),
    },
    {
      // "in March", "last March", "next October", "March 2024", "in early June"
      pattern: () =>
        new RegExp(`(?:(in|early|late|mid-|since|during|last|next|this|in\\s+early|in\\s+late)\\s+)?(${months})(?:\\s+${YEAR})?${END}(?!\\s+\\d{1,2}${END})`, "iu"),
      extract: (context, match) => {
        const [, prefix, name, year] = match;
        const month = monthIndex(name!, "en");
        if (year) return monthOf(context, month, Number(year));
        // "may" without a preposition is the verb far more often than the month.
        if (!prefix && (name === name!.toLowerCase() || month === 5)) return null;
        const lead = prefix?.toLowerCase() ?? "";
        return monthWithoutYear(context, month, lead === "next" ? "next" : lead === "last" ? "last" : "nearest-past");
      },
    },
    {
      // "last year", "this year", "next year" (chrono knows them, but reads "this year" as January 1st)
      pattern: () => new RegExp(`(last|this|next|past)\\s+year${END}`, "iu"),
      extract: (context, match) => {
        const word = match[1]!.toLowerCase();
        return { year: yearOf(context) + (word === "next" ? 1 : word === "this" ? 0 : -1) };
      },
    },
  ];
}

/**
 * The year of a month named without one. News reports what happened: "in March" is the
 * latest March up to the publication month; "last March" the latest before it; "next
 * March" the first after it.
 */
function monthWithoutYear(context: chrono.ParsingContext, month: number, which: "last" | "next" | "nearest-past") {
  const refYear = context.refDate.getUTCFullYear();
  const refMonth = context.refDate.getUTCMonth() + 1;
  let year = refYear;
  if (which === "next") year = month > refMonth ? refYear : refYear + 1;
  else if (which === "last") year = month < refMonth ? refYear : refYear - 1;
  else year = month <= refMonth ? refYear : refYear - 1;
  return monthOf(context, month, year);
}

/** A month of a year, the day unknown (implied the 1st so that chrono can build a Date). */
function monthOf(context: chrono.ParsingContext, month: number, year: number) {
  return context.createParsingComponents({ month, year }).imply("day", 1);
}

const engines = new Map<Lang, chrono.Chrono>();

function engine(lang: Lang): chrono.Chrono {
  let e = engines.get(lang);
  if (!e) {
    e = (lang === "fr" ? chrono.fr.casual : chrono.en.casual).clone();
    e.parsers.push(...extraParsers(lang));
    engines.set(lang, e);
  }
  return e;
}

/** A partial date's reference instant: its day at noon UTC (the 1st, or July 1st, when partial). */
export function referenceInstant(published: string): Date {
  const [y, m, d] = published.split("-").map(Number);
  return new Date(Date.UTC(y!, m === undefined ? 6 : m - 1, d ?? (m === undefined ? 1 : 15), 12));
}

/**
 * Every date of a text, resolved against the publication date (`published`, a partial
 * date). Times of day are ignored; a weekday ("mardi", "on Tuesday") is a day.
 *
 * @example findDates("L'an dernier, Amazon...", "fr", "2025-06-13")
 *   // [{ text: "L'an dernier", date: "2024", precision: "year", ... }]
 */
export function findDates(text: string, lang: Lang, published: string): DateMention[] {
  const flat = flatten(text);
  const results = engine(lang).parse(flat, { instant: referenceInstant(published), timezone: 0 }, { forwardDate: false });
  const found: DateMention[] = [];
  for (const r of results) {
    const s = r.start;
    if (!s.isCertain("year") && !s.isCertain("month") && !s.isCertain("day") && !s.isCertain("weekday")) continue; // a time only
    if (/^\d+$/.test(r.text.trim())) continue;
    if (/^(?:now|right\s+now|maintenant|d[ée]sormais)$/iu.test(r.text.trim())) continue; // adverbs, not dates
    const date = r.date();
    const y = String(date.getUTCFullYear()).padStart(4, "0");
    const mo = String(date.getUTCMonth() + 1).padStart(2, "0");
    const d = String(date.getUTCDate()).padStart(2, "0");
    const precision: Precision = s.isCertain("day") || s.isCertain("weekday") ? "day" : s.isCertain("month") ? "month" : "year";
    const value = precision === "day" ? `${y}-${mo}-${d}` : precision === "month" ? `${y}-${mo}` : y;
    let end = r.index + r.text.length;
    while (end > r.index && /[\s,;:.]/.test(flat[end - 1]!)) end--;
    found.push({ start: r.index, end, text: text.slice(r.index, end), date: value, precision });
  }
  return found;
}
