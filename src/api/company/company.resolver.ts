// Company queries and the relationship fields of Company. Thin: arguments are checked
// before they get here (the rules their types declare), data comes from the stores.
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Float, Info, Int, Query, Resolver, Root } from "type-graphql";
import type { DealgraphContext } from "../context.js";
import { pageSize } from "../common/pagination.js";
import { type ArticleRecord, type CoInvestorRecord, type CompanyRecord, type EntityRecord, type InvestmentRecord, type InvestorTotalRecord, type MoneyRecord, type RelationRecord, type RoleRecord, whereHeld } from "../../store/index.js";
import { ArticlesArgs } from "../article/index.js";
import { Article, ArticleConnection } from "../article/index.js";
import type { ConnectionRecord } from "../common/connection.type.js";
import { Investor } from "../common/entity.type.js";
import { Money } from "../common/money.type.js";
import { BoundedBy, FirstArg, firstOf, LIST_BOUND, sizeOf } from "../common/list-bound.js";
import { pageWants } from "../common/selection.js";
import { CompanyInvestmentsArgs } from "../investment/index.js";
import { dealEmbeds, prefetchDealPages } from "../investment/index.js";
import { Investment, InvestmentConnection } from "../investment/index.js";
import { CO_INVESTORS_BOUND } from "../investor/index.js";
import { CoInvestor, InvestorTotal } from "../investor/index.js";
import { CompanyRelation, RelationType } from "../relation/index.js";
import { RoleFilterArgs } from "../role/index.js";
import { Role } from "../role/index.js";
import { CompaniesArgs, CompanyLookupArgs } from "./company.args.js";
import { Company, CompanyConnection } from "./company.type.js";

@Resolver(() => Company)
export class CompanyResolver {
  @Query(() => Company, { nullable: true, description: "A company by id, or by name or alias; null when there is none." })
  async company(@Args(() => CompanyLookupArgs) { id, name }: CompanyLookupArgs, @Ctx() { stores }: DealgraphContext, @Info() info: GraphQLResolveInfo) {
    if (id != null) {
      prefetchDealPages(info, stores, id);
      return stores.entities.byId("Company", id);
    }
    if (name != null) return stores.entities.companyNamed(name);
    return null; // not reached: CompanyLookupArgs lets exactly one of id and name through
  }

  @Query(() => CompanyConnection, { description: "Companies, filtered and sorted (by name, total raised, deal count, ...), a page at a time." })
  companies(
    @Args(() => CompaniesArgs) args: CompaniesArgs,
    @Ctx() { stores }: DealgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionRecord<CompanyRecord>> {
    return stores.entities.companies({ ...args, first: pageSize(args.first) }, pageWants(info));
  }

  @FieldResolver(() => [Investment], { description: "Deals where the company is an investor, newest first (all of them, a page at a time: investmentsConnection)." })
  @BoundedBy(LIST_BOUND)
  async investmentsMade(
    @Root() c: CompanyRecord,
    @FirstArg(LIST_BOUND, "deals", "More: investmentsConnection(side: INVESTOR).") first: number | null,
    @Ctx() { stores }: DealgraphContext,
  ): Promise<InvestmentRecord[]> {
    return firstOf(await stores.deals.madeBy(c.id), first, LIST_BOUND);
  }

  @FieldResolver(() => [Investment], { description: "Deals where the company is the target, newest first (all of them, a page at a time: investmentsConnection)." })
  @BoundedBy(LIST_BOUND)
  async investmentsReceived(
    @Root() c: CompanyRecord,
    @FirstArg(LIST_BOUND, "deals", "More: investmentsConnection(side: TARGET).") first: number | null,
    @Ctx() { stores }: DealgraphContext,
  ): Promise<InvestmentRecord[]> {
    return firstOf(await stores.deals.receivedBy(c.id), first, LIST_BOUND);
  }

  @FieldResolver(() => InvestmentConnection, {
    description: "The company's deals, on either side or one, filtered and sorted, a page at a time: investmentsMade and investmentsReceived for companies with many.",
  })
  investmentsConnection(
    @Root() c: CompanyRecord,
    @Args(() => CompanyInvestmentsArgs) args: CompanyInvestmentsArgs,
    @Ctx() { stores }: DealgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionRecord<InvestmentRecord>> {
    return stores.deals.pageOf(c.id, { ...args, first: pageSize(args.first), side: args.side ?? "ANY", wants: pageWants(info), embeds: dealEmbeds(info) });
  }

  @FieldResolver(() => [Investor], { description: "Distinct investors over investmentsReceived, by name." })
  @BoundedBy(LIST_BOUND)
  async investors(@Root() c: CompanyRecord, @FirstArg(LIST_BOUND, "investors") first: number | null, @Ctx() { stores }: DealgraphContext): Promise<EntityRecord[]> {
    return firstOf(await stores.entities.investorsOf(c.id), first, LIST_BOUND);
  }

  @FieldResolver(() => [InvestorTotal], {
    description: "Who invested in the company and how much in all, largest total first, over the deals not TERMINATED: who invested in it, how much?",
  })
  @BoundedBy(LIST_BOUND)
  async investorTotals(
    @Root() c: CompanyRecord,
    @FirstArg(LIST_BOUND, "investors") first: number | null,
    @Ctx() { stores }: DealgraphContext,
  ): Promise<InvestorTotalRecord[]> {
    return firstOf(await stores.entities.investorTotalsOf(c.id), first, LIST_BOUND);
  }

  @FieldResolver(() => [Company], { description: "Distinct targets over investmentsMade, by name." })
  @BoundedBy(LIST_BOUND)
  async portfolio(@Root() c: CompanyRecord, @FirstArg(LIST_BOUND, "companies") first: number | null, @Ctx() { stores }: DealgraphContext): Promise<CompanyRecord[]> {
    return firstOf(await stores.entities.portfolioOf(c.id), first, LIST_BOUND);
  }

  @FieldResolver(() => [CoInvestor], { description: "Those who invested in the same deals as the company, most shared deals first." })
  @BoundedBy(CO_INVESTORS_BOUND)
  coInvestors(
    @Root() c: CompanyRecord,
    @FirstArg(CO_INVESTORS_BOUND, "co-investors") first: number | null,
    @Ctx() { stores }: DealgraphContext,
  ): Promise<CoInvestorRecord[]> {
    return stores.entities.coInvestorsOf(c.id, sizeOf(first, CO_INVESTORS_BOUND));
  }

  @FieldResolver(() => [Role], { description: "Roles people hold or held at the company (officers, board members), latest first." })
  @BoundedBy(LIST_BOUND)
  async executives(
    @Root() c: CompanyRecord,
    @Args(() => RoleFilterArgs) held: RoleFilterArgs,
    @FirstArg(LIST_BOUND, "roles") first: number | null,
    @Ctx() { stores }: DealgraphContext,
  ): Promise<RoleRecord[]> {
    return firstOf(whereHeld(await stores.roles.heldAt(c.id), held), first, LIST_BOUND);
  }

  @FieldResolver(() => [Company], { description: "Companies it competes with (COMPETES_WITH, either side), by name." })
  @BoundedBy(LIST_BOUND)
  async competitors(@Root() c: CompanyRecord, @FirstArg(LIST_BOUND, "companies") first: number | null, @Ctx() { stores }: DealgraphContext): Promise<CompanyRecord[]> {
    return firstOf(await stores.entities.competitorsOf(c.id), first, LIST_BOUND);
  }

  @FieldResolver(() => [CompanyRelation], { description: "Relations with other companies (either end), by type, then by the other company's name, each with its sources." })
  @BoundedBy(LIST_BOUND)
  async relations(
    @Root() c: CompanyRecord,
    @Arg("types", () => [RelationType], { nullable: true, description: "Only relations of these types; all when absent." }) types: RelationType[] | null | undefined,
    @FirstArg(LIST_BOUND, "relations") first: number | null,
    @Ctx() { stores }: DealgraphContext,
  ): Promise<RelationRecord[]> {
    const all = await stores.relations.of(c.id);
    return firstOf(types == null ? all : all.filter((r) => (types as string[]).includes(r.type)), first, LIST_BOUND);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: "Sum of amount.usd over investmentsReceived of kind EQUITY_STAKE or FUNDING_ROUND, not TERMINATED; null when none is known.",
  })
  async totalRaisedUsd(@Root() c: CompanyRecord, @Ctx() { stores }: DealgraphContext): Promise<number | null> {
    return (await stores.entities.companyStats(c.id)).totalRaisedUsd;
  }

  @FieldResolver(() => Int, {
    description:
      "How many deals the company took part in, from either side: the deals it invested in (investmentsMade) plus the deals it received (investmentsReceived), whatever their status. Person.dealCount counts only deals invested in.",
  })
  async dealCount(@Root() c: CompanyRecord, @Ctx() { stores }: DealgraphContext): Promise<number> {
    return (await stores.entities.companyStats(c.id)).dealCount;
  }

  @FieldResolver(() => Int, { description: "How many deals the company invested in (investmentsMade)." })
  async investmentCount(@Root() c: CompanyRecord, @Ctx() { stores }: DealgraphContext): Promise<number> {
    return (await stores.entities.investorStats(c.id)).investmentCount;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      "Sum of amount.usd over investmentsMade, of every kind, not TERMINATED; null when none is known. A syndicated round counts whole for each of its investors.",
  })
  async totalInvestedUsd(@Root() c: CompanyRecord, @Ctx() { stores }: DealgraphContext): Promise<number | null> {
    return (await stores.entities.investorStats(c.id)).totalInvestedUsd;
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description: "The valuation given by the most recently announced deal it received that gives one; null when none does.",
  })
  async latestValuation(@Root() c: CompanyRecord, @Ctx() { stores }: DealgraphContext): Promise<MoneyRecord | null> {
    return (await stores.entities.companyStats(c.id)).latestValuation;
  }

  @FieldResolver(() => [Article], { description: "Articles that mention the company, newest first (all of them, a page at a time: articlesConnection)." })
  @BoundedBy(LIST_BOUND)
  async articles(@Root() c: CompanyRecord, @FirstArg(LIST_BOUND, "articles") first: number | null, @Ctx() { stores }: DealgraphContext): Promise<ArticleRecord[]> {
    return firstOf(await stores.articles.mentioning(c.id), first, LIST_BOUND);
  }

  @FieldResolver(() => ArticleConnection, { description: "Articles that mention the company, filtered, newest first, a page at a time." })
  articlesConnection(
    @Root() c: CompanyRecord,
    @Args(() => ArticlesArgs) args: ArticlesArgs,
    @Ctx() { stores }: DealgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionRecord<ArticleRecord>> {
    return stores.articles.pageMentioning(c.id, { ...args, first: pageSize(args.first), wants: pageWants(info) });
  }
}
