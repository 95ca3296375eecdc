// Arguments of the article queries.
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { idRule } from "../common/arguments.js";
import { Check } from "../common/checks.js";
import { PageArgs } from "../common/page.args.js";
import { PartialDateScalar } from "../common/partial-date.scalar.js";

@InputType("ArticleWhere", { description: "Filters on articles; every filter given must hold." })
export class ArticleWhere {
  @Field(() => ID, { nullable: true, description: "Only articles that mention this company or person." })
  @Check(idRule)
  mentionsId?: string | null;

  @Field(() => String, { nullable: true, description: "Only articles from this publisher (exact name)." })
  publisher?: string | null;

  @Field(() => String, { nullable: true, description: "Only articles that follow this outlet's reporting (`source`, exact name)." })
  source?: string | null;

  @Field(() => String, { nullable: true, description: "Only articles whose title contains this text (case-insensitive)." })
  titleContains?: string | null;

  @Field(() => String, { nullable: true, description: "Only articles in this language (ISO 639-1 code, e.g. fr)." })
  language?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: "Only articles published on or after this date." })
  publishedFrom?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Only articles published on or before this date, inclusive ("2025" takes in all of 2025).' })
  publishedTo?: string | null;
}

@ArgsType()
export class ArticlesArgs extends PageArgs {
  @Field(() => ArticleWhere, { nullable: true, description: "Filters; all articles when absent. Newest first." })
  where?: ArticleWhere | null;
}

