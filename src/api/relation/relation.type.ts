// The CompanyRelation object type and its enum. Its ends and sources are declared by
// relation.resolver.ts.
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { enumOf } from "../common/enum.js";
import { Node } from "../common/node.type.js";
import { RELATION_TYPES, type RelationTypeName } from "../../domain/vocabulary.js";

export const RelationType = enumOf(RELATION_TYPES);
export type RelationType = RelationTypeName;

registerEnumType(RelationType, {
  name: "RelationType",
  description: "How two companies relate.",
  valuesConfig: {
    COMPETES_WITH: { description: "They compete (symmetric: `from` and `to` are in id order)." },
    PARTNERS_WITH: { description: "They work together (symmetric: `from` and `to` are in id order)." },
    SUBSIDIARY_OF: { description: "`from` is a subsidiary of `to`." },
  },
});

@ObjectType("CompanyRelation", {
  implements: Node,
  description: "A relation between two companies that articles state: competition, partnership, ownership. `sources` says which articles, in what words.",
})
export class CompanyRelation implements Node {
  @Field(() => ID, { description: "Stable id: `<type slug>--<from id>--<to id>`." })
  id!: string;

  @Field(() => RelationType, { description: "How the two companies relate." })
  type!: RelationType;
}
