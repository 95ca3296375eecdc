// What a deal page brings along, and starting a lookup's deal pages early: shared by the
// Query.investments resolver and by Company and Person, which page their own deals.
import { getArgumentValues, getNamedType, GraphQLObjectType, type GraphQLResolveInfo } from "graphql";
import type { DealgraphContext } from "../context.js";
import { checkArgs } from "../common/checks.js";
import { pageSize } from "../common/pagination.js";
import { pageWants, selectedFieldNodes, selectedFields } from "../common/selection.js";
import type { DealEmbeds } from "../../store/index.js";
import { type DealSide, InvestmentsArgs } from "./investment.args.js";

/** What a page of deals should bring along for the fields selected under its nodes (see DealEmbeds). */
export function dealEmbeds(info: GraphQLResolveInfo): DealEmbeds {
  const fields = selectedFields(info, ["edges", "node"]);
  return { parties: fields.has("target") || fields.has("investors") || fields.has("leadInvestors"), sources: fields.has("sources") };
}

/**
 * Starts loading the deal pages (investmentsConnection) selected under a company or person
 * looked up by id, with the arguments the client gave them, in the same turn as the lookup:
 * the lookup and the pages then reach the database together, one round trip instead of
 * two, and the field's resolver finds its page in the store's cache (argumentsKey makes
 * both ask the same loader). `side` is the side the field's resolver uses when it fixes
 * one (people invest; they are not targets). Arguments that break the rules InvestmentsArgs
 * declares are left to the field, which reports them: nothing is fetched for them.
 */
export function prefetchDealPages(info: GraphQLResolveInfo, stores: DealgraphContext["stores"], id: string, side?: `${DealSide}`): void {
  const type = getNamedType(info.returnType);
  const field = type instanceof GraphQLObjectType ? type.getFields().investmentsConnection : undefined;
  if (!field) return;
  for (const node of selectedFieldNodes(info, "investmentsConnection")) {
    try {
      const args = getArgumentValues(field, node, info.variableValues) as InvestmentsArgs & { side?: `${DealSide}` | null };
      checkArgs(args, InvestmentsArgs);
      const child = { ...info, fieldNodes: [node] };
      void stores.deals
        .pageOf(id, { ...args, first: pageSize(args.first), side: side ?? args.side ?? "ANY", wants: pageWants(child), embeds: dealEmbeds(child) })
        .catch(() => undefined);
    } catch {
      // The field's resolver meets the same arguments and says what is wrong with them.
    }
  }
}
