// Numbers as articles write them: digits with English or French separators, and number
// words in both languages ("fourteen", "quatorze", "vingt-cinq", "one hundred and five").
import type { Lang } from "./text.js";

/**
 * Digits to a number, by the language's conventions. French: the comma is the decimal
 * mark and thousands are grouped by spaces or dots ("14,3", "1 500 000", "1.500").
 * English: commas group thousands and the point is decimal ("14.3", "1,500,000"); a
 * comma not followed by a group of three ("14,3") is read as a decimal mark.
 * Returns NaN when the text is not a number.
 *
 * @example parseDigits("14,3", "fr") === 14.3; parseDigits("14,300", "en") === 14300
 */
export function parseDigits(text: string, lang: Lang): number {
  let s = text.replace(/[\s\u00A0\u202F\u2009]/g, "");
  if (!/^\d[\d.,]*$/.test(s) || /[.,]$/.test(s)) return Number.NaN;
  if (lang === "fr") {
    if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, "");
    if (s.includes(",")) {
      if ((s.match(/,/g) ?? []).length > 1) return Number.NaN;
      s = s.replace(",", ".");
    }
  } else {
    if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, "");
    else if (/^\d+,\d+$/.test(s)) s = s.replace(",", ".");
  }
  if ((s.match(/\./g) ?? []).length > 1) return Number.NaN;
  return Number(s);
}

const EN_WORDS: Record<string, number> = {
  zero: 0, one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const FR_WORDS: Record<string, number> = {
  zero: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30,
  quarante: 40, cinquante: 50, soixante: 60,
};
const MULTIPLIERS: Record<Lang, Record<string, number>> = {
  en: { hundred: 100, thousand: 1000 },
  fr: { cent: 100, cents: 100, mille: 1000 },
};

/** Every word that may appear in a written-out number, for building patterns. */
export function numberWords(lang: Lang): string[] {
  const words = lang === "en" ? EN_WORDS : FR_WORDS;
  return [...Object.keys(words), ...Object.keys(MULTIPLIERS[lang])]
    .map((w) => w.normalize("NFD").replace(/\p{M}/gu, ""))
    .sort((a, b) => b.length - a.length);
}

/**
 * A written-out number, up to the thousands: "fourteen", "twenty-five", "one hundred and
 * five", "quatorze", "vingt et un", "quatre-vingt-dix", "deux cents". NaN when a word is
 * not a number word. Accents are ignored ("zéro").
 */
export function parseNumberWords(text: string, lang: Lang): number {
  const words = text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .split(/[\s-]+/)
    .filter((w) => w && w !== "and" && w !== "et");
  if (!words.length) return Number.NaN;
  const units = lang === "en" ? EN_WORDS : FR_WORDS;
  const multipliers = MULTIPLIERS[lang];
  let total = 0;
  let current = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // French 80 is "quatre-vingt(s)": four twenties.
    if (lang === "fr" && w === "quatre" && (words[i + 1] === "vingt" || words[i + 1] === "vingts")) {
      current += 80;
      i++;
      continue;
    }
    const unit = units[w];
    const multiplier = multipliers[w];
    if (unit !== undefined) current += unit;
    else if (multiplier === 100) current = (current || 1) * 100;
    else if (multiplier === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else return Number.NaN;
  }
  return total + current;
}
