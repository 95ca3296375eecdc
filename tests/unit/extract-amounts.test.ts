// Money, shares and numbers as English and French articles write them.
import { describe, expect, it } from "vitest";
import { findMoney, findPercents } from "../../src/extract/amounts.js";
import { parseDigits, parseNumberWords } from "../../src/extract/numbers.js";
import type { Lang } from "../../src/extract/text.js";

const money = (text: string, lang: Lang) => findMoney(text, lang).map((m) => [m.text, m.value, m.currency]);
const percents = (text: string, lang: Lang) => findPercents(text, lang).map((m) => [m.text, m.value, m.approximate]);

describe("parseDigits: each language's separators", () => {
  it.each([
    ["14,3", "fr", 14.3],
    ["14.3", "en", 14.3],
    ["14,300", "en", 14300],
    ["1,500,000", "en", 1500000],
    ["1 500 000", "fr", 1500000],
    ["1\u202f500", "fr", 1500],
    ["1.500", "fr", 1500],
    ["4,3", "fr", 4.3],
    ["14,3", "en", 14.3],
  ] as const)("%s (%s) -> %d", (text, lang, value) => expect(parseDigits(text, lang)).toBe(value));

  it("rejects what is not a number", () => {
    expect(parseDigits("1,2,3", "fr")).toBeNaN();
    expect(parseDigits("12.", "en")).toBeNaN();
  });
});

describe("parseNumberWords", () => {
  it.each([
    ["fourteen", "en", 14],
    ["twenty-five", "en", 25],
    ["one hundred and five", "en", 105],
    ["a", "en", 1],
    ["quatorze", "fr", 14],
    ["vingt et un", "fr", 21],
    ["soixante-dix", "fr", 70],
    ["quatre-vingt-dix-neuf", "fr", 99],
    ["deux cents", "fr", 200],
    ["zéro", "fr", 0],
  ] as const)("%s (%s) -> %d", (text, lang, value) => expect(parseNumberWords(text, lang)).toBe(value));
});

describe("findMoney: English", () => {
  it("reads symbols, scales and abbreviations", () => {
    expect(money("Meta paid $14.3 billion, valuing it at $29B; €15M and £200m; US$2bn; USD 3 billion.", "en")).toEqual([
      ["$14.3 billion", 14.3e9, "USD"],
      ["$29B", 29e9, "USD"],
      ["€15M", 15e6, "EUR"],
      ["£200m", 200e6, "GBP"],
      ["US$2bn", 2e9, "USD"],
      ["USD 3 billion", 3e9, "USD"],
    ]);
  });

  it("reads number words and currency words", () => {
    expect(money("four billion dollars, half a billion dollars, a billion euros, one hundred million dollars", "en")).toEqual([
      ["four billion dollars", 4e9, "USD"],
      ["half a billion dollars", 0.5e9, "USD"],
      ["a billion euros", 1e9, "EUR"],
      ["one hundred million dollars", 100e6, "USD"],
    ]);
  });

  it("keeps a bare scale amount without a currency, but not a count", () => {
    expect(money("It put 2 billion into the venture; it has 3 million users.", "en")).toEqual([["2 billion", 2e9, null]]);
  });
});

describe("findMoney: French", () => {
  it("reads decimal commas and scale words", () => {
    expect(money("Meta a déboursé 14,3 milliards de dollars ; la start-up vaut 29 milliards de dollars.", "fr")).toEqual([
      ["14,3 milliards de dollars", 14.3e9, "USD"],
      ["29 milliards de dollars", 29e9, "USD"],
    ]);
  });

  it("reads euros, abbreviations and spaced thousands", () => {
    expect(money("15 millions d'euros, 15 M€, 2 Md€, 1,5 Md$, 500 000 euros, 10 millions $US, 3 millions de francs suisses", "fr")).toEqual([
      ["15 millions d'euros", 15e6, "EUR"],
      ["15 M€", 15e6, "EUR"],
      ["2 Md€", 2e9, "EUR"],
      ["1,5 Md$", 1.5e9, "USD"],
      ["500 000 euros", 500000, "EUR"],
      ["10 millions $US", 10e6, "USD"],
      ["3 millions de francs suisses", 3e6, "CHF"],
    ]);
  });

  it("reads number words: un milliard, quatorze milliards, vingt-cinq millions", () => {
    expect(money("un milliard de dollars, quatorze milliards de dollars, vingt-cinq millions d'euros", "fr")).toEqual([
      ["un milliard de dollars", 1e9, "USD"],
      ["quatorze milliards de dollars", 14e9, "USD"],
      ["vingt-cinq millions d'euros", 25e6, "EUR"],
    ]);
  });

  it("keeps '1 milliard' without a currency for the caller to settle", () => {
    expect(money("Amazon avait injecté 1 milliard dans Scale AI.", "fr")).toEqual([["1 milliard", 1e9, null]]);
  });

  it("reads a French billion as 10^12, not as the English billion (a milliard is 10^9)", () => {
    expect(money("une capitalisation de 3 billions de dollars, soit 3 000 milliards", "fr")).toEqual([
      ["3 billions de dollars", 3e12, "USD"],
      ["3 000 milliards", 3e12, null],
    ]);
    expect(money("a market value of 3 billion dollars", "en")).toEqual([["3 billion dollars", 3e9, "USD"]]);
    expect(money("un milliard de dollars", "fr")[0]![1]).toBe(1e9);
  });
});

describe("findPercents", () => {
  it("reads figures in both languages", () => {
    expect(percents("a 49% stake, 4.3 percent, a 12-percent holding", "en")).toEqual([
      ["49%", 49, false],
      ["4.3 percent", 4.3, false],
      ["12-percent", 12, false],
    ]);
    expect(percents("une participation de 49\u00a0%, 4,3 % des talents, 20 pour cent", "fr")).toEqual([
      ["49\u00a0%", 49, false],
      ["4,3 %", 4.3, false],
      ["20 pour cent", 20, false],
    ]);
  });

  it("reads fraction words that quantify a share: half, la moitié, a third, deux tiers", () => {
    expect(percents("bought half of the company and a third of its shares", "en")).toEqual([
      ["half", 50, true],
      ["a third", 33.33, true],
    ]);
    expect(percents("s'offrir la moitié de Scale AI, puis deux tiers du capital", "fr")).toEqual([
      ["la moitié", 50, true],
      ["deux tiers", 66.67, true],
    ]);
  });

  it("does not read periods as shares", () => {
    expect(percents("in the first half of 2024", "en")).toEqual([]);
    expect(percents("pendant la moitié de l'année ; à moitié", "fr")).toEqual([]);
  });
});
