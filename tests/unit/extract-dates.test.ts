// Dates in article text, resolved against the publication date, with their precision.
import { describe, expect, it } from "vitest";
import { findDates } from "../../src/extract/dates.js";
import type { Lang } from "../../src/extract/text.js";

const dates = (text: string, lang: Lang, published = "2025-06-13") => findDates(text, lang, published).map((d) => [d.text, d.date, d.precision]);

describe("findDates: French", () => {
  it.each([
    ["L'an dernier, Amazon a investi", ["L'an dernier", "2024", "year"]],
    ["L\u2019an dernier, Amazon", ["L\u2019an dernier", "2024", "year"]],
    ["l'année dernière", ["l'année dernière", "2024", "year"]],
    ["cette année", ["cette année", "2025", "year"]],
    ["l'an prochain", ["l'an prochain", "2026", "year"]],
    ["en mars, la société", ["en mars", "2025-03", "month"]],
    ["en octobre, la société", ["en octobre", "2024-10", "month"]],
    ["en décembre dernier", ["en décembre dernier", "2024-12", "month"]],
    ["en mai 2024", ["en mai 2024", "2024-05", "month"]],
    ["juin 2025", ["juin 2025", "2025-06", "month"]],
    ["le 12 juin 2025", ["12 juin 2025", "2025-06-12", "day"]],
    ["en 2023", ["en 2023", "2023", "year"]],
    ["début 2024", ["début 2024", "2024", "year"]],
    ["il y a deux ans", ["il y a deux ans", "2023", "year"]],
    ["mardi, Meta a annoncé", ["mardi", "2025-06-10", "day"]],
  ] as const)("%s", (text, expected) => expect(dates(text, "fr")).toEqual([expected]));

  it("does not take a planet, a modal or a figure for a date", () => {
    expect(dates("Mars est une planète. Meta a déboursé 14,3 milliards ; 49 %.", "fr")).toEqual([]);
  });
});

describe("findDates: English", () => {
  it.each([
    ["last year, Amazon", ["last year", "2024", "year"]],
    ["this year", ["this year", "2025", "year"]],
    ["next year", ["next year", "2026", "year"]],
    ["in March", ["in March", "2025-03", "month"]],
    ["in October", ["in October", "2024-10", "month"]],
    ["last October", ["last October", "2024-10", "month"]],
    ["in May 2024", ["in May 2024", "2024-05", "month"]],
    ["on June 12, 2025", ["June 12, 2025", "2025-06-12", "day"]],
    ["in 2023", ["in 2023", "2023", "year"]],
    ["early 2024", ["early 2024", "2024", "year"]],
    ["two years ago", ["two years ago", "2023", "year"]],
    ["said on Tuesday", ["on Tuesday", "2025-06-10", "day"]],
  ] as const)("%s", (text, expected) => expect(dates(text, "en")).toEqual([expected]));

  it("does not take 'may', 'now' or money for a date", () => {
    expect(dates("The deal may close now; it is worth $14.3 billion.", "en")).toEqual([]);
  });

  it("resolves against a partial publication date", () => {
    expect(dates("last year", "en", "2025")).toEqual([["last year", "2024", "year"]]);
  });
});
