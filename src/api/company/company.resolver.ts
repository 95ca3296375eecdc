// Company queries and the relationship fields of Company. Thin: arguments are checked
// here, data comes from loaders and the repository.
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Float, Info, Int, Query, Resolver, Root } from "type-graphql";
import type { DealgraphContext } from "../context.js";
import { badInput } from "../errors.js";
import { ArticlesArgs } from "../article/article.args.js";
import type { ArticleRecord } from "../article/article.record.js";
import { Article, ArticleConnection } from "../article/article.type.js";
import { checkId, checkName } from "../common/arguments.js";
import type { ConnectionRecord } from "../common/connection.type.js";
import { Investor } from "../common/entity.type.js";
import type { MoneyRecord } from "../common/money.js";
import { Money } from "../common/money.type.js";
import { BoundedBy, checkFirst, FirstArg, firstOf, LIST_BOUND } from "../common/list-bound.js";
import { pageSize } from "../common/pagination.js";
import { pageWants } from "../common/selection.js";
import { CompanyInvestmentsArgs } from "../investment/investment.args.js";
import type { InvestmentRecord } from "../investment/investment.record.js";
import { checkInvestmentWhere, dealEmbeds, prefetchDealPages } from "../investment/investment.resolver.js";
import { Investment, InvestmentConnection } from "../investment/investment.type.js";
import { CO_INVESTORS_BOUND } from "../investor/investor.args.js";
import type { CoInvestorRecord, InvestorTotalRecord } from "../investor/investor.repository.js";
import { CoInvestor, InvestorTotal } from "../investor/investor.type.js";
import { loadTyped } from "../node/node.loader.js";
import type { EntityRecord } from "../node/node.repository.js";
import type { RelationRecord } from "../relation/relation.record.js";
import { CompanyRelation, RelationType } from "../relation/relation.type.js";
import { RoleFilterArgs } from "../role/role.args.js";
import { type RoleRecord, whereHeld } from "../role/role.record.js";
import { Role } from "../role/role.type.js";
import { CompaniesArgs, CompanyLookupArgs } from "./company.args.js";
import type { CompanyRecord } from "./company.record.js";
import { companyByName, companyPage } from "./company.repository.js";
import { Company, CompanyConnection } from "./company.type.js";

@Resolver(() => Company)
export class CompanyResolver {
  @Query(() => Company, { nullable: true, description: "A company by id, or by name or alias; null when there is none." })
  async company(@Args(() => CompanyLookupArgs) { id, name }: CompanyLookupArgs, @Ctx() { loaders }: DealgraphContext, @Info() info: GraphQLResolveInfo) {
    if (id != null && name != null) throw badInput("id", "give the company's id or its name, not both");
    if (id != null) {
      prefetchDealPages(info, loaders, checkId(id, "id"));
      return loadTyped(loaders.nodes, id, "Company");
    }
    if (name != null) return companyByName(loaders.reader, checkName(name, "name"));
    throw badInput("id", "give the company's id or its name");
  }

  @Query(() => CompanyConnection, { description: "Companies, filtered and sorted (by name, total raised, deal count, ...), a page at a time." })
  companies(
    @Args(() => CompaniesArgs) args: CompaniesArgs,
    @Ctx() { loaders }: DealgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionRecord<CompanyRecord>> {
    args.where?.ids?.forEach((id, i) => checkId(id, `where.ids[${i}]`));
    if (args.where?.investorId != null) checkId(args.where.investorId, "where.investorId");
    return companyPage(loaders.reader, args, pageWants(info));
  }

  @FieldResolver(() => [Investment], { description: "Deals where the company is an investor, newest first (all of them, a page at a time: investmentsConnection)." })
  @BoundedBy(LIST_BOUND)
  async investmentsMade(
    @Root() c: CompanyRecord,
    @FirstArg(LIST_BOUND, "deals", "More: investmentsConnection(side: INVESTOR).") first: number | null,
    @Ctx() { loaders }: DealgraphContext,
  ): Promise<InvestmentRecord[]> {
    return firstOf(await loaders.investment.byInvestor.load(c.id), first, LIST_BOUND);
  }

  @FieldResolver(() => [Investment], { description: "Deals where the company is the target, newest first (all of them, a page at a time: investmentsConnection)." })
  @BoundedBy(LIST_BOUND)
  async investmentsReceived(
    @Root() c: CompanyRecord,
    @FirstArg(LIST_BOUND, "deals", "More: investmentsConnection(side: TARGET).") first: number | null,
    @Ctx() { loaders }: DealgraphContext,
  ): Promise<InvestmentRecord[]> {
    return firstOf(await loaders.investment.byTarget.load(c.id), first, LIST_BOUND);
  }

  @FieldResolver(() => InvestmentConnection, {
    description: "The company's deals, on either side or one, filtered and sorted, a page at a time: investmentsMade and investmentsReceived for companies with many.",
  })
  investmentsConnection(
    @Root() c: CompanyRecord,
    @Args(() => CompanyInvestmentsArgs) args: CompanyInvestmentsArgs,
    @Ctx() { loaders }: DealgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionRecord<InvestmentRecord>> {
    pageSize(args.first);
    checkInvestmentWhere(args.where);
    return loaders.investment.pageByParticipant({ ...args, side: args.side ?? "ANY", wants: pageWants(info), embeds: dealEmbeds(info) }).load(c.id);
  }

  @FieldResolver(() => [Investor], { description: "Distinct investors over investmentsReceived, by name." })
  @BoundedBy(LIST_BOUND)
  async investors(@Root() c: CompanyRecord, @FirstArg(LIST_BOUND, "investors") first: number | null, @Ctx() { loaders }: DealgraphContext): Promise<EntityRecord[]> {
    return firstOf(await loaders.company.investors.load(c.id), first, LIST_BOUND);
  }

  @FieldResolver(() => [InvestorTotal], {
    description: "Who invested in the company and how much in all, largest total first, over the deals not TERMINATED: who invested in it, how much?",
  })
  @BoundedBy(LIST_BOUND)
  async investorTotals(
    @Root() c: CompanyRecord,
    @FirstArg(LIST_BOUND, "investors") first: number | null,
    @Ctx() { loaders }: DealgraphContext,
  ): Promise<InvestorTotalRecord[]> {
    return firstOf(await loaders.investor.totals.load(c.id), first, LIST_BOUND);
  }

  @FieldResolver(() => [Company], { description: "Distinct targets over investmentsMade, by name." })
  @BoundedBy(LIST_BOUND)
  async portfolio(@Root() c: CompanyRecord, @FirstArg(LIST_BOUND, "companies") first: number | null, @Ctx() { loaders }: DealgraphContext): Promise<CompanyRecord[]> {
    return firstOf(await loaders.company.portfolio.load(c.id), first, LIST_BOUND);
  }

  @FieldResolver(() => [CoInvestor], { description: "Those who invested in the same deals as the company, most shared deals first." })
  @BoundedBy(CO_INVESTORS_BOUND)
  coInvestors(
    @Root() c: CompanyRecord,
    @FirstArg(CO_INVESTORS_BOUND, "co-investors") first: number | null,
    @Ctx() { loaders }: DealgraphContext,
  ): Promise<CoInvestorRecord[]> {
    return loaders.investor.coInvestors(checkFirst(first, CO_INVESTORS_BOUND)).load(c.id);
  }

  @FieldResolver(() => [Role], { description: "Roles people hold or held at the company (officers, board members), latest first." })
  @BoundedBy(LIST_BOUND)
  async executives(
    @Root() c: CompanyRecord,
    @Args(() => RoleFilterArgs) held: RoleFilterArgs,
    @FirstArg(LIST_BOUND, "roles") first: number | null,
    @Ctx() { loaders }: DealgraphContext,
  ): Promise<RoleRecord[]> {
    return firstOf(whereHeld(await loaders.role.byCompany.load(c.id), held), first, LIST_BOUND);
  }

  @FieldResolver(() => [Company], { description: "Companies it competes with (COMPETES_WITH, either side), by name." })
  @BoundedBy(LIST_BOUND)
  async competitors(@Root() c: CompanyRecord, @FirstArg(LIST_BOUND, "companies") first: number | null, @Ctx() { loaders }: DealgraphContext): Promise<CompanyRecord[]> {
    return firstOf(await loaders.company.competitors.load(c.id), first, LIST_BOUND);
  }

  @FieldResolver(() => [CompanyRelation], { description: "Relations with other companies (either end), by type, then by the other company's name, each with its sources." })
  @BoundedBy(LIST_BOUND)
  async relations(
    @Root() c: CompanyRecord,
    @Arg("types", () => [RelationType], { nullable: true, description: "Only relations of these types; all when absent." }) types: RelationType[] | null | undefined,
    @FirstArg(LIST_BOUND, "relations") first: number | null,
    @Ctx() { loaders }: DealgraphContext,
  ): Promise<RelationRecord[]> {
    const all = await loaders.relation.byCompany.load(c.id);
    return firstOf(types == null ? all : all.filter((r) => types.includes(r.type)), first, LIST_BOUND);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: "Sum of amount.usd over investmentsReceived of kind EQUITY_STAKE or FUNDING_ROUND, not TERMINATED; null when none is known.",
  })
  async totalRaisedUsd(@Root() c: CompanyRecord, @Ctx() { loaders }: DealgraphContext): Promise<number | null> {
    return (await loaders.company.stats.load(c.id)).totalRaisedUsd;
  }

  @FieldResolver(() => Int, {
    description:
      "How many deals the company took part in, from either side: the deals it invested in (investmentsMade) plus the deals it received (investmentsReceived), whatever their status. Person.dealCount counts only deals invested in.",
  })
  async dealCount(@Root() c: CompanyRecord, @Ctx() { loaders }: DealgraphContext): Promise<number> {
    return (await loaders.company.stats.load(c.id)).dealCount;
  }

  @FieldResolver(() => Int, { description: "How many deals the company invested in (investmentsMade)." })
  async investmentCount(@Root() c: CompanyRecord, @Ctx() { loaders }: DealgraphContext): Promise<number> {
    return (await loaders.investor.stats.load(c.id)).investmentCount;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      "Sum of amount.usd over investmentsMade, of every kind, not TERMINATED; null when none is known. A syndicated round counts whole for each of its investors.",
  })
  async totalInvestedUsd(@Root() c: CompanyRecord, @Ctx() { loaders }: DealgraphContext): Promise<number | null> {
    return (await loaders.investor.stats.load(c.id)).totalInvestedUsd;
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description: "The valuation given by the most recently announced deal it received that gives one; null when none does.",
  })
  async latestValuation(@Root() c: CompanyRecord, @Ctx() { loaders }: DealgraphContext): Promise<MoneyRecord | null> {
    return (await loaders.company.stats.load(c.id)).latestValuation;
  }

  @FieldResolver(() => [Article], { description: "Articles that mention the company, newest first (all of them, a page at a time: articlesConnection)." })
  @BoundedBy(LIST_BOUND)
  async articles(@Root() c: CompanyRecord, @FirstArg(LIST_BOUND, "articles") first: number | null, @Ctx() { loaders }: DealgraphContext): Promise<ArticleRecord[]> {
    return firstOf(await loaders.article.mentioning.load(c.id), first, LIST_BOUND);
  }

  @FieldResolver(() => ArticleConnection, { description: "Articles that mention the company, filtered, newest first, a page at a time." })
  articlesConnection(
    @Root() c: CompanyRecord,
    @Args(() => ArticlesArgs) args: ArticlesArgs,
    @Ctx() { loaders }: DealgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionRecord<ArticleRecord>> {
    pageSize(args.first);
    return loaders.article.pageMentioning({ ...args, wants: pageWants(info) }).load(c.id);
  }
}
