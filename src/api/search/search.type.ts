// The SearchHit object type and its match enum.
import { Field, Float, ObjectType, registerEnumType } from "type-graphql";
import { Article } from "../article/index.js";
import { Entity } from "../common/entity.type.js";
import { Node } from "../common/node.type.js";
import { SearchType } from "./search.args.js";
import type { MatchKind } from "../../store/index.js";

export enum SearchMatch {
  EXACT = "EXACT",
  PREFIX = "PREFIX",
  FUZZY = "FUZZY",
}

registerEnumType(SearchMatch, {
  name: "SearchMatch",
  description: "How a hit matches the text. Every EXACT hit ranks above every PREFIX hit, and every PREFIX hit above every FUZZY one.",
  valuesConfig: {
    EXACT: { description: "A name, alias or title is the text (case, accents, punctuation and legal suffixes aside)." },
    PREFIX: { description: "A name, alias or title starts with the text, or has a word from which it does (\"wang\" for Alexandr Wang)." },
    FUZZY: { description: "Each word of the text is in the name, or one typo away from a word of it." },
  },
});

@ObjectType("SearchHit", { description: "One search result: a company, a person or an article, with how well it matches." })
export class SearchHit {
  @Field(() => Float, {
    description: "Relevance: 3 to 4 for EXACT, 2 to 3 for PREFIX, 1 to 2 for FUZZY; within a band, closer matches score higher.",
  })
  score!: number;

  @Field(() => SearchMatch, { description: "How the hit matches." })
  match!: MatchKind;

  @Field(() => String, { description: "The name, alias or title that matched (\"Facebook\" for a search that found Meta by its alias)." })
  matchedText!: string;

  @Field(() => SearchType, { description: "What the hit is." })
  type!: SearchType;

  @Field(() => Entity, { nullable: true, description: "The company or person found; null for an article hit (types: [ARTICLE])." })
  entity!: unknown;

  @Field(() => Article, { nullable: true, description: "The article found; null for a company or person hit." })
  article!: unknown;

  @Field(() => Node, { description: "What was found, whatever its type." })
  node!: unknown;
}
