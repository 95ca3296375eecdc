// Investment queries and the relationship fields of Investment.
import { getArgumentValues, getNamedType, GraphQLObjectType, type GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { DealgraphContext } from "../context.js";
import { checkId } from "../common/arguments.js";
import type { ConnectionRecord } from "../common/connection.type.js";
import { Investor } from "../common/entity.type.js";
import type { SourceRecord } from "../common/source.record.js";
import { Source } from "../common/source.type.js";
import type { CompanyRecord } from "../company/company.record.js";
import { Company } from "../company/company.type.js";
import { type NodeLoader, loadEnd, loadTyped } from "../node/node.loader.js";
import type { EntityRecord } from "../node/node.repository.js";
import { BoundedBy, FirstArg, firstOf, LIST_BOUND } from "../common/list-bound.js";
import { pageSize } from "../common/pagination.js";
import { pageWants, selectedFieldNodes, selectedFields } from "../common/selection.js";
import { type DealSide, InvestmentsArgs, type InvestmentWhere } from "./investment.args.js";
import type { InvestmentRecord } from "./investment.record.js";
import { type DealEmbeds, investmentPage } from "./investment.repository.js";
import { Investment, InvestmentConnection } from "./investment.type.js";

/** Checks the ids an InvestmentWhere holds, naming the argument at `path`. */
export function checkInvestmentWhere(where: InvestmentWhere | null | undefined, path = "where"): void {
  if (!where) return;
  where.ids?.forEach((id, i) => checkId(id, `${path}.ids[${i}]`));
  for (const key of ["investorId", "leadInvestorId", "targetId", "participantId", "articleId"] as const) {
    const id = where[key];
    if (id != null) checkId(id, `${path}.${key}`);
  }
}

/** What a page of deals should bring along for the fields selected under its nodes (see DealEmbeds). */
export function dealEmbeds(info: GraphQLResolveInfo): DealEmbeds {
  const fields = selectedFields(info, ["edges", "node"]);
  return { parties: fields.has("target") || fields.has("investors") || fields.has("leadInvestors"), sources: fields.has("sources") };
}

/**
 * Starts loading the deal pages (investmentsConnection) selected under a company or person
 * looked up by id, with the arguments the client gave them, in the same turn as the lookup:
 * the lookup and the pages then reach the database together, one round trip instead of
 * two, and the field's resolver finds its page in the loader's cache (argumentsKey makes
 * both ask the same loader). `side` is the side the field's resolver uses when it fixes
 * one (people invest; they are not targets). Arguments the resolver would refuse are left
 * to it: nothing is fetched for them.
 */
export function prefetchDealPages(info: GraphQLResolveInfo, loaders: DealgraphContext["loaders"], id: string, side?: `${DealSide}`): void {
  const type = getNamedType(info.returnType);
  const field = type instanceof GraphQLObjectType ? type.getFields().investmentsConnection : undefined;
  if (!field) return;
  for (const node of selectedFieldNodes(info, "investmentsConnection")) {
    try {
      const args = getArgumentValues(field, node, info.variableValues) as InvestmentsArgs & { side?: `${DealSide}` | null };
      pageSize(args.first);
      checkInvestmentWhere(args.where);
      const child = { ...info, fieldNodes: [node] };
      void loaders.investment
        .pageByParticipant({ ...args, side: side ?? args.side ?? "ANY", wants: pageWants(child), embeds: dealEmbeds(child) })
        .load(id)
        .catch(() => undefined);
    } catch {
      // The field's resolver meets the same arguments and says what is wrong with them.
    }
  }
}

async function loadEntities(nodes: NodeLoader, ids: string[]): Promise<EntityRecord[]> {
  const found = await nodes.loadMany(ids);
  return found.filter((n): n is EntityRecord => !(n instanceof Error) && (n?.__typename === "Company" || n?.__typename === "Person"));
}

@Resolver(() => Investment)
export class InvestmentResolver {
  @Query(() => Investment, { nullable: true, description: "A deal by id; null when there is none." })
  investment(@Arg("id", () => ID, { description: "The deal's id." }) id: string, @Ctx() { loaders }: DealgraphContext) {
    return loadTyped(loaders.nodes, checkId(id, "id"), "Investment");
  }

  @Query(() => InvestmentConnection, { description: "Deals, filtered and sorted, a page at a time." })
  investments(
    @Args(() => InvestmentsArgs) args: InvestmentsArgs,
    @Ctx() { loaders }: DealgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionRecord<InvestmentRecord>> {
    checkInvestmentWhere(args.where);
    return investmentPage(loaders.reader, { ...args, embeds: dealEmbeds(info) }, pageWants(info)).then(loaders.investment.primePage);
  }

  @FieldResolver(() => [Investor], { description: "Who invested: lead investors first, then by name." })
  @BoundedBy(LIST_BOUND)
  investors(@Root() i: InvestmentRecord, @FirstArg(LIST_BOUND, "investors") first: number | null, @Ctx() { loaders }: DealgraphContext): Promise<EntityRecord[]> {
    return loadEntities(loaders.nodes, firstOf(i.investors, first, LIST_BOUND).map((x) => x.id));
  }

  @FieldResolver(() => [Investor], { description: "The investors a source names as leading the deal." })
  @BoundedBy(LIST_BOUND)
  leadInvestors(@Root() i: InvestmentRecord, @FirstArg(LIST_BOUND, "investors") first: number | null, @Ctx() { loaders }: DealgraphContext): Promise<EntityRecord[]> {
    return loadEntities(
      loaders.nodes,
      firstOf(
        i.investors.filter((x) => x.lead),
        first,
        LIST_BOUND,
      ).map((x) => x.id),
    );
  }

  @FieldResolver(() => Company, { description: "The company invested in or acquired." })
  target(@Root() i: InvestmentRecord, @Ctx() { loaders }: DealgraphContext): Promise<CompanyRecord> {
    return loadEnd(loaders.nodes, i.targetId, "Company", "Investment.target");
  }

  @FieldResolver(() => [Source], { description: "The articles that report the deal, newest first, each with its evidence and figures." })
  @BoundedBy(LIST_BOUND)
  async sources(@Root() i: InvestmentRecord, @FirstArg(LIST_BOUND, "sources") first: number | null, @Ctx() { loaders }: DealgraphContext): Promise<SourceRecord[]> {
    return firstOf(await loaders.article.sources.load(i.id), first, LIST_BOUND);
  }
}
