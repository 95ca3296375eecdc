// The Decision object type: a person's judgement on deal resolution (merge two deals, split
// an article's report off a deal, mark two possible duplicates distinct), with who, when,
// why, and its reversal. src/domain/decisions.ts has the model.
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { DECISION_ACTIONS, type DecisionAction as DecisionActionName } from "../../domain/decisions.js";
import { enumOf } from "../common/enum.js";

export const DecisionAction = enumOf(DECISION_ACTIONS);
export type DecisionAction = DecisionActionName;
registerEnumType(DecisionAction, {
  name: "DecisionAction",
  description:
    "MERGE: two deals are one. SPLIT: an article's report is another deal than the one it was matched to. DISTINCT: two possible duplicates are different deals (or companies, or people). MERGE_ENTITIES: two companies (or two people) are one.",
});

@ObjectType("DecisionReversal", { description: "Who undid a decision, when and why." })
export class DecisionReversal {
  @Field(() => String)
  by!: string;

  @Field(() => String, { description: "When, ISO 8601." })
  at!: string;

  @Field(() => String)
  reason!: string;
}

@ObjectType("Decision", {
  description:
    "A person's decision on which reports are one deal. Resolution follows it for every article loaded after; `npm run decisions -- export` writes it to a file that `npm run seed` loads.",
})
export class Decision {
  @Field(() => ID)
  id!: string;

  @Field(() => DecisionAction)
  action!: DecisionAction;

  @Field(() => String, { description: "Who decided: the name given, and the fingerprint of the editor token used." })
  by!: string;

  @Field(() => String, { description: "When, ISO 8601." })
  at!: string;

  @Field(() => String, { description: "Why." })
  reason!: string;

  @Field(() => ID, { nullable: true, description: "MERGE, MERGE_ENTITIES: the deal (company, person) merged away." })
  from?: string;

  @Field(() => ID, { nullable: true, description: "MERGE, MERGE_ENTITIES: the one that holds both now." })
  into?: string;

  @Field(() => [ID], { nullable: true, description: "MERGE, MERGE_ENTITIES: the articles whose sources (mentions) moved: what a revert moves back." })
  articles?: string[];

  @Field(() => ID, { nullable: true, description: "SPLIT: the deal the report was split off." })
  deal?: string;

  @Field(() => ID, { nullable: true, description: "SPLIT: the article whose report was split off." })
  article?: string;

  @Field(() => ID, { nullable: true, description: "SPLIT: the deal the report is now." })
  newDeal?: string;

  @Field(() => ID, { nullable: true, description: "DISTINCT: one deal, company or person." })
  a?: string;

  @Field(() => ID, { nullable: true, description: "DISTINCT: the other." })
  b?: string;

  @Field(() => DecisionReversal, { nullable: true, description: "Its reversal; null while it holds." })
  reverted?: DecisionReversal;
}
