// Query.node: any node by id, or by typed id when kinds share a slug.
import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { DealgraphContext } from "../context.js";
import { isNodeTypename, NODE_TYPENAMES, type NodeRecord, type NodeTypename } from "../../store/index.js";
import { nodeIdRule } from "../common/arguments.js";
import { checked } from "../common/checks.js";
import { Node } from "../common/node.type.js";
import { badInput } from "../errors.js";

const DESCRIPTION =
  "Any company, person, deal, role, relation or article by id; null when there is none. Ids are unique within a kind only (an article and the deal it reports may share one), " +
  "so `id` is either a plain id, which must name one node, or a typed id `<Typename>:<id>` (e.g. `Article:google-anthropic-2023`, `Investment:google-anthropic-2023`, `Company:scale-ai`; `Relation:` as graphChanged names it works for `CompanyRelation:`). " +
  "A plain id that names nodes of several kinds is refused (BAD_USER_INPUT) with the typed ids to use.";

/**
 * Typed ids also take the type a change event names (ChangedNode.type says `Relation` for
 * a CompanyRelation), so that a client can look up what graphChanged told it of.
 */
const EVENT_TYPENAMES: Record<string, NodeTypename> = { Relation: "CompanyRelation" };
const TYPENAMES = [...NODE_TYPENAMES, ...Object.keys(EVENT_TYPENAMES)];

/** The typed id of a node: what a client sends to name it alone. */
const typedId = (n: NodeRecord) => `${n.__typename}:${n.id}`;

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: DESCRIPTION })
  async node(
    @Arg("id", () => ID, {
      description: "A plain id (`scale-ai`) or a typed id (`Company:scale-ai`); slugs never contain ':'.",
      validateFn: checked(nodeIdRule(TYPENAMES), "id"),
    })
    id: string,
    @Ctx() { stores }: DealgraphContext,
  ): Promise<NodeRecord | null> {
    const colon = id.indexOf(":");
    if (colon >= 0) {
      const typename = EVENT_TYPENAMES[id.slice(0, colon)] ?? id.slice(0, colon);
      // nodeIdRule lets only a node's typename through; the guard narrows its type.
      return isNodeTypename(typename) ? stores.entities.byId(typename, id.slice(colon + 1)) : null;
    }
    const found = await stores.entities.allWithId(id);
    if (found.length > 1) {
      throw badInput("id", `${JSON.stringify(id)} names ${found.length} nodes of different kinds; ask for one by its typed id: ${found.map(typedId).join(", ")}`);
    }
    return found[0] ?? null;
  }
}
