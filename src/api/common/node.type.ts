// The Node interface: everything the API can name by id.
import { Field, ID, InterfaceType } from "type-graphql";

export type Typename = "Company" | "Person" | "Investment" | "Role" | "CompanyRelation" | "Article";

/** The GraphQL type of a record: every record leaving a repository carries its `__typename`. */
export function typenameOf(value: unknown): Typename {
  return (value as { __typename: Typename }).__typename;
}

@InterfaceType("Node", {
  description: "Anything with a stable id: a slug such as `meta`, `scale-ai` or `alexandr-wang`, unique across types.",
  resolveType: typenameOf,
})
export abstract class Node {
  @Field(() => ID, { description: "Stable slug id, unique across every type." })
  id!: string;
}
