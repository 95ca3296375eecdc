// Where the sources of a deal disagree (Investment.disagreements): the field, and each
// value given with the articles that give it. The rule is src/domain/disagreements.ts.
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { DISAGREEMENT_FIELDS } from "../../domain/disagreements.js";
import { enumOf } from "../common/enum.js";
import { HoldsAtMost } from "../common/list-bound.js";

export const DisagreementField = enumOf(DISAGREEMENT_FIELDS);
export type DisagreementField = (typeof DISAGREEMENT_FIELDS)[number];

registerEnumType(DisagreementField, {
  name: "DisagreementField",
  description: "A field of a deal its sources can disagree on.",
  valuesConfig: {
    AMOUNT: { description: 'The amount, as "<value> <currency>".' },
    VALUATION: { description: 'The valuation, as "<value> <currency>".' },
    STAKE: { description: "The stake, in percent." },
    ANNOUNCED_ON: { description: "The announcement date; dates one of which contains the other (2024, 2024-05) agree." },
    INVESTORS: { description: "The investors' ids, sorted, comma-separated; a list contained in another agrees with it." },
  },
});

@ObjectType("DisagreeingValue", { description: "One value the sources give for a field, and which articles give it." })
export class DisagreeingValue {
  @Field(() => String, { description: "The value as text (see DisagreementField for each field's form)." })
  value!: string;

  articleIds!: string[];
}

@ObjectType("Disagreement", {
  description: "A field on which a deal's sources give values that cannot all be right. The deal's own figure is the latest source's; the others stay here.",
})
export class Disagreement {
  @Field(() => DisagreementField)
  field!: DisagreementField;

  @Field(() => [DisagreeingValue], { description: "Each value given, the most often given first." })
  // Counted once: Investment.disagreements' complexity bounds the values and articles of all its fields together.
  @HoldsAtMost("parent")
  values!: DisagreeingValue[];
}
