// The Article object type. Its body, mentions, investments and roles fields are declared
// by article.resolver.ts.
import { Field, ID, ObjectType } from "type-graphql";
import { connectionType } from "../common/connection.type.js";
import { Node } from "../common/node.type.js";
import { PartialDateScalar } from "../common/partial-date.scalar.js";

@ObjectType("Article", { implements: Node, description: "A news article: the source of every fact in the graph." })
export class Article implements Node {
  @Field(() => ID, { description: "Stable slug id of the article." })
  id!: string;

  @Field(() => String, { description: "Headline." })
  title!: string;

  @Field(() => String, { nullable: true, description: "Where the article was published, when known." })
  url!: string | null;

  @Field(() => String, { description: "The site or outlet that published it." })
  publisher!: string;

  @Field(() => String, { nullable: true, description: "The original reporting it relies on (e.g. TechCrunch)." })
  source!: string | null;

  @Field(() => String, { description: "ISO 639-1 code of the language of the body (en, fr, ...)." })
  language!: string;

  @Field(() => PartialDateScalar, { description: "When it was published." })
  publishedOn!: string;
}

export const ArticleConnection = connectionType("Article", "articles", () => Article);
