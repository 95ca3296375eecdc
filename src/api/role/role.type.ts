// The Role object type. Its person, company, current and sources fields are declared by
// role.resolver.ts.
import { Field, ID, ObjectType } from "type-graphql";
import { Node } from "../common/node.type.js";
import { PartialDateScalar } from "../common/partial-date.scalar.js";
import { Person } from "../person/index.js";

@ObjectType("Role", { implements: Node, description: "A position a person holds (or held) at a company." })
export class Role implements Node {
  @Field(() => ID, { description: "Stable id: `<personId>--<companyId>--<title slug>`." })
  id!: string;

  @Field(() => String, { description: "The title, e.g. CEO, Board member, Chief AI Officer." })
  title!: string;

  @Field(() => PartialDateScalar, { nullable: true, description: "When the role began, if known." })
  since!: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: "When the role ended; null while it lasts or when unknown." })
  until!: string | null;
}

@ObjectType("ExecutiveMove", { description: "A person who left a role at one company and later took one at another." })
export class ExecutiveMove {
  @Field(() => Person, { description: "Who moved." })
  person!: unknown;

  @Field(() => Role, { description: "The role left (its company is where they came from)." })
  from!: unknown;

  @Field(() => Role, { description: "The role taken (its company is where they went)." })
  to!: unknown;

  @Field(() => PartialDateScalar, { nullable: true, description: "When the new role began." })
  movedOn!: string | null;
}
