// Investment queries and the relationship fields of Investment.
import { getArgumentValues, getNamedType, GraphQLObjectType, type GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import type { DealgraphContext } from "../context.js";
import { requireEnd } from "../common/ends.js";
import { pageSize } from "../common/pagination.js";
import { type CompanyRecord, type DealEmbeds, type EntityRecord, type InvestmentRecord, type SourceRecord } from "../../store/index.js";
import { IdArg } from "../common/arguments.js";
import { checkArgs } from "../common/checks.js";
import type { ConnectionRecord } from "../common/connection.type.js";
import { Investor } from "../common/entity.type.js";
import { Source } from "../common/source.type.js";
import { Company } from "../company/company.type.js";
import { BoundedBy, FirstArg, firstOf, LIST_BOUND } from "../common/list-bound.js";
import { pageWants, selectedFieldNodes, selectedFields } from "../common/selection.js";
import { type DealSide, InvestmentsArgs } from "./investment.args.js";
import { Investment, InvestmentConnection } from "./investment.type.js";

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

@Resolver(() => Investment)
export class InvestmentResolver {
  @Query(() => Investment, { nullable: true, description: "A deal by id; null when there is none." })
  investment(@IdArg("The deal's id.") id: string, @Ctx() { stores }: DealgraphContext) {
    return stores.entities.byId("Investment", id);
  }

  @Query(() => InvestmentConnection, { description: "Deals, filtered and sorted, a page at a time." })
  investments(
    @Args(() => InvestmentsArgs) args: InvestmentsArgs,
    @Ctx() { stores }: DealgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionRecord<InvestmentRecord>> {
    return stores.deals.page({ ...args, first: pageSize(args.first), embeds: dealEmbeds(info), wants: pageWants(info) });
  }

  @FieldResolver(() => [Investor], { description: "Who invested: lead investors first, then by name." })
  @BoundedBy(LIST_BOUND)
  investors(@Root() i: InvestmentRecord, @FirstArg(LIST_BOUND, "investors") first: number | null, @Ctx() { stores }: DealgraphContext): Promise<EntityRecord[]> {
    return stores.entities.many(firstOf(i.investors, first, LIST_BOUND));
  }

  @FieldResolver(() => [Investor], { description: "The investors a source names as leading the deal." })
  @BoundedBy(LIST_BOUND)
  leadInvestors(@Root() i: InvestmentRecord, @FirstArg(LIST_BOUND, "investors") first: number | null, @Ctx() { stores }: DealgraphContext): Promise<EntityRecord[]> {
    return stores.entities.many(
      firstOf(
        i.investors.filter((x) => x.lead),
        first,
        LIST_BOUND,
      ),
    );
  }

  @FieldResolver(() => Company, { description: "The company invested in or acquired." })
  target(@Root() i: InvestmentRecord, @Ctx() { stores }: DealgraphContext): Promise<CompanyRecord> {
    return requireEnd(i.targetId, "Company", "Investment.target", (id) => stores.entities.byId("Company", id));
  }

  @FieldResolver(() => [Source], { description: "The articles that report the deal, newest first, each with its evidence and figures." })
  @BoundedBy(LIST_BOUND)
  async sources(@Root() i: InvestmentRecord, @FirstArg(LIST_BOUND, "sources") first: number | null, @Ctx() { stores }: DealgraphContext): Promise<SourceRecord[]> {
    return firstOf(await stores.articles.sourcesOf(i.id), first, LIST_BOUND);
  }
}
