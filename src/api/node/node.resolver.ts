// Query.node: any node by id.
import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { DealgraphContext } from "../context.js";
import { checkId } from "../common/arguments.js";
import { Node } from "../common/node.type.js";
import type { NodeRecord } from "./node.repository.js";

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any company, person, deal, role, relation or article by id; null when there is none." })
  node(
    @Arg("id", () => ID, { description: "The node's id." }) id: string,
    @Ctx() { loaders }: DealgraphContext,
  ): Promise<NodeRecord | null> {
    return loaders.nodes.load(checkId(id, "id"));
  }
}
