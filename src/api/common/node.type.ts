// The Node interface: everything the API can name by id.
import { Field, ID, InterfaceType } from "type-graphql";
import type { NodeTypename } from "../../store/index.js";

type Typename = NodeTypename;

/** The GraphQL type of a record: every record leaving a store carries its `__typename`. */
export function typenameOf(value: unknown): Typename {
  return (value as { __typename: Typename }).__typename;
}

@InterfaceType("Node", {
  description:
    "Anything with a stable id: a slug such as `meta`, `scale-ai` or `alexandr-wang`, unique within its kind (entities, facts, articles), so an article and the deal it reports may share one; `node(id:)` takes `<Typename>:<id>` to tell them apart.",
  resolveType: typenameOf,
})
export abstract class Node {
  @Field(() => ID, { description: "Stable slug id, unique within its kind: among entities (companies and people), among facts (deals, roles, relations), among articles." })
  id!: string;
}
