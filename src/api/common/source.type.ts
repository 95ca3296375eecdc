// The Source object type: one article's support for one fact, with what that article says.
import { Field, Float, ObjectType } from "type-graphql";
import { Article } from "../article/index.js";
import { Money } from "./money.type.js";
import { PartialDateScalar } from "./partial-date.scalar.js";
import { RoundStage } from "./round-stage.type.js";
import { SourceMatch } from "./source-match.type.js";

@ObjectType("Source", {
  description:
    "An article that states a fact, the passage that states it, and the figures it gives. Where sources disagree, each keeps its own figures.",
})
export class Source {
  @Field(() => Article, { description: "The article." })
  article!: unknown;

  @Field(() => String, { description: "The passage of the article that states the fact." })
  evidence!: string;

  @Field(() => Money, { nullable: true, description: "The deal amount this article gives; null when it gives none (or for a role)." })
  amount!: Money | null;

  @Field(() => Float, { nullable: true, description: "The stake this article gives, in percent." })
  stakePercent!: number | null;

  @Field(() => RoundStage, { nullable: true, description: "The round stage this article gives for a funding round (Series F...)." })
  stage!: RoundStage | null;

  @Field(() => Money, { nullable: true, description: "The valuation this article gives." })
  valuation!: Money | null;

  @Field(() => PartialDateScalar, { nullable: true, description: "The announcement date this article gives for a deal." })
  announcedOn!: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: "The start date this article gives for a role." })
  since!: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: "The end date this article gives for a role." })
  until!: string | null;

  @Field(() => SourceMatch, { nullable: true, description: "For a deal: how this report was matched to the deal. Null for roles and relations." })
  match!: SourceMatch | null;
}
