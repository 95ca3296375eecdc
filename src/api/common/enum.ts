// GraphQL enums built from the vocabulary's lists (src/domain/vocabulary.ts), so that a
// word is written once: the object has the shape of a TypeScript string enum ({ WORD: "WORD" }),
// which registerEnumType takes and code reads as `InvestmentKind.ACQUISITION`.

/** `{ W: "W" }` for each word of `words`. */
export function enumOf<const W extends string>(words: readonly W[]): { readonly [K in W]: K } {
  return Object.fromEntries(words.map((w) => [w, w])) as { readonly [K in W]: K };
}
