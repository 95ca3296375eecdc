// Arguments of search: the text, what to search, how many hits.
import { ArgsType, Field, Int, registerEnumType } from "type-graphql";
import { atMostCharacters } from "../common/arguments.js";
import { Check } from "../common/checks.js";
import { firstWithin, type ListBound } from "../common/list-bound.js";

export enum SearchType {
  COMPANY = "COMPANY",
  PERSON = "PERSON",
  ARTICLE = "ARTICLE",
}

registerEnumType(SearchType, {
  name: "SearchType",
  description: "What a search looks through.",
  valuesConfig: {
    COMPANY: { description: "Companies, by name and aliases." },
    PERSON: { description: "People, by name and aliases." },
    ARTICLE: { description: "Articles, by title." },
  },
});

export const DEFAULT_HITS = 10;
export const MAX_HITS = 50;
/** `first` of search. */
export const HITS_BOUND: ListBound = { default: DEFAULT_HITS, min: 1, max: MAX_HITS };
export const MAX_TEXT = 200;

@ArgsType()
export class SearchArgs {
  @Field(() => String, {
    description: `What to look for (at most ${MAX_TEXT} characters): a name, an alias, the start of one, or one with a typo. Case and accents do not matter; Lucene syntax is searched for as text.`,
  })
  @Check(atMostCharacters(MAX_TEXT))
  text!: string;

  @Field(() => [SearchType], { nullable: true, description: "What to search: companies and people when absent." })
  types?: SearchType[] | null;

  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_HITS, description: `How many hits, best first: 1 to ${MAX_HITS}.` })
  @Check(firstWithin(HITS_BOUND))
  first?: number | null;
}
