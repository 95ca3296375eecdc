// How a deal's source was matched to the deal (Source.match): the reason resolution gives,
// so that an analyst can see why two reports count as one deal.
import { Field, Float, ID, ObjectType, registerEnumType } from "type-graphql";
import { MATCH_FIELDS, type MatchField as MatchFieldName } from "../../domain/deal-match.js";
import { enumOf } from "./enum.js";

export const MatchMethod = enumOf(["ID", "KEY", "SCORE", "NEW", "DECISION"] as const);
export type MatchMethod = keyof typeof MatchMethod;
registerEnumType(MatchMethod, {
  name: "MatchMethod",
  description: "How a report was matched to its deal: ID (the article names the deal), KEY (same target, kind, month and investors), SCORE (its fields scored as the same deal), NEW (no deal matched: it made this one), DECISION (a person's decision placed it).",
});

export const MatchField = enumOf(MATCH_FIELDS);
export type MatchField = MatchFieldName;
registerEnumType(MatchField, { name: "MatchField", description: "A field deal resolution compares two reports on." });

@ObjectType("SourceMatch", { description: "Why this source counts as a report of this deal (docs/deal-resolution.md)." })
export class SourceMatch {
  @Field(() => MatchMethod)
  method!: MatchMethod;

  @Field(() => Float, {
    nullable: true,
    description: "SCORE: the points this report scored against the deal (5 or more merges). NEW: the best score against any other deal of the target, if there was one.",
  })
  score!: number | null;

  @Field(() => [MatchField], { description: "The fields on which the report agreed with the deal." })
  agreed!: MatchField[];

  @Field(() => [MatchField], { description: "The fields on which it disagreed." })
  conflicting!: MatchField[];

  @Field(() => ID, { nullable: true, description: "DECISION: the id of the decision that placed it." })
  decision!: string | null;
}
