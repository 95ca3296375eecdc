// The Person object type. Relationship fields are declared by person.resolver.ts.
import { Field, ID, ObjectType } from "type-graphql";
import { connectionType } from "../common/connection.type.js";
import { Node } from "../common/node.type.js";

@ObjectType("Person", { implements: Node, description: "A person who holds roles at companies or invests." })
export class Person implements Node {
  @Field(() => ID, { description: "Stable slug id, e.g. `alexandr-wang`." })
  id!: string;

  @Field(() => String, { description: "Display name: the name the person was first recorded with." })
  name!: string;

  @Field(() => [String], { description: "Other spellings articles use for the person." })
  aliases!: string[];
}

export const PersonConnection = connectionType("Person", "people", () => Person);
