// The DuplicateCandidate object type: two nodes deal resolution could not tell apart, linked
// as possible duplicates for a person to decide on (mergeDeals, or markDistinct). Its a, b
// and article fields are declared by review.resolver.ts.
import { Field, Float, ObjectType, registerEnumType } from "type-graphql";
import { DUPLICATE_KINDS, type DuplicateKind as DuplicateKindName } from "../../store/index.js";
import { connectionType } from "../common/connection.type.js";
import { enumOf } from "../common/enum.js";
import { MatchField } from "../common/source-match.type.js";

export const DuplicateKind = enumOf(DUPLICATE_KINDS);
export type DuplicateKind = DuplicateKindName;
registerEnumType(DuplicateKind, {
  name: "DuplicateKind",
  description: "What the possible duplicates are: DEAL (two deals, `Investment`), COMPANY or PERSON (two entities, one named by a shorter or longer form of the other's name).",
});

@ObjectType("DuplicateCandidate", {
  description:
    "Two nodes resolution could not tell apart (docs/deal-resolution.md): `a`, made later by `article`'s report, may be `b`. Decide with mergeDeals(from: a, into: b) or markDistinct(a, b); either removes the pair from duplicateCandidates.",
})
export class DuplicateCandidate {
  @Field(() => Float, { description: "The points a's report scored against b (5 or more would have merged them; 2 or more links them)." })
  score!: number;

  @Field(() => [MatchField], { description: "The fields on which a's report agreed with b." })
  agreed!: MatchField[];

  @Field(() => [MatchField], { description: "The fields on which it disagreed." })
  conflicting!: MatchField[];

  @Field(() => String, { description: "When the link was first found, ISO 8601." })
  foundAt!: string;
}

export const DuplicateCandidateConnection = connectionType("DuplicateCandidate", "possible duplicates", () => DuplicateCandidate);
