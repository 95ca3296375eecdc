// Company queries and the relationship fields of Company. Thin: arguments are checked
// here, data comes from loaders and the repository.
import { Arg, Args, Ctx, FieldResolver, Float, Int, Query, Resolver, Root } from "type-graphql";
import type { DealgraphContext } from "../../context.js";
import { badInput } from "../../errors.js";
import { Article } from "../article/article.type.js";
import type { ArticleRecord } from "../article/article.record.js";
import { Investor } from "../common/entity.type.js";
import { checkId, checkName } from "../common/arguments.js";
import type { MoneyRecord } from "../common/money.js";
import { Money } from "../common/money.type.js";
import type { ConnectionRecord } from "../common/connection.type.js";
import type { InvestmentRecord } from "../investment/investment.record.js";
import { Investment } from "../investment/investment.type.js";
import { loadTyped } from "../node/node.loader.js";
import type { EntityRecord } from "../node/node.repository.js";
import { type RoleRecord, whereCurrent } from "../role/role.record.js";
import { Role } from "../role/role.type.js";
import { CompaniesArgs, CompanyLookupArgs } from "./company.args.js";
import type { CompanyRecord } from "./company.record.js";
import { companyByName, companyPage } from "./company.repository.js";
import { Company, CompanyConnection } from "./company.type.js";

@Resolver(() => Company)
export class CompanyResolver {
  @Query(() => Company, { nullable: true, description: "A company by id, or by name or alias; null when there is none." })
  async company(@Args(() => CompanyLookupArgs) { id, name }: CompanyLookupArgs, @Ctx() { db, loaders }: DealgraphContext) {
    if (id != null && name != null) throw badInput("id", "give the company's id or its name, not both");
    if (id != null) return loadTyped(loaders.nodes, checkId(id, "id"), "Company");
    if (name != null) return companyByName(db, checkName(name, "name"));
    throw badInput("id", "give the company's id or its name");
  }

  @Query(() => CompanyConnection, { description: "Companies, filtered and sorted, a page at a time." })
  companies(@Args(() => CompaniesArgs) args: CompaniesArgs, @Ctx() { db }: DealgraphContext): Promise<ConnectionRecord<CompanyRecord>> {
    args.where?.ids?.forEach((id, i) => checkId(id, `where.ids[${i}]`));
    return companyPage(db, args);
  }

  @FieldResolver(() => [Investment], { description: "Deals where the company is an investor, newest first." })
  investmentsMade(@Root() c: CompanyRecord, @Ctx() { loaders }: DealgraphContext): Promise<InvestmentRecord[]> {
    return loaders.investment.byInvestor.load(c.id);
  }

  @FieldResolver(() => [Investment], { description: "Deals where the company is the target, newest first." })
  investmentsReceived(@Root() c: CompanyRecord, @Ctx() { loaders }: DealgraphContext): Promise<InvestmentRecord[]> {
    return loaders.investment.byTarget.load(c.id);
  }

  @FieldResolver(() => [Investor], { description: "Distinct investors over investmentsReceived, by name." })
  investors(@Root() c: CompanyRecord, @Ctx() { loaders }: DealgraphContext): Promise<EntityRecord[]> {
    return loaders.company.investors.load(c.id);
  }

  @FieldResolver(() => [Company], { description: "Distinct targets over investmentsMade, by name." })
  portfolio(@Root() c: CompanyRecord, @Ctx() { loaders }: DealgraphContext): Promise<CompanyRecord[]> {
    return loaders.company.portfolio.load(c.id);
  }

  @FieldResolver(() => [Role], { description: "Roles people hold or held at the company (officers, board members), latest first." })
  async executives(
    @Root() c: CompanyRecord,
    @Arg("current", () => Boolean, { nullable: true, description: "true: only current roles; false: only past ones; absent: all." })
    current: boolean | null | undefined,
    @Ctx() { loaders }: DealgraphContext,
  ): Promise<RoleRecord[]> {
    return whereCurrent(await loaders.role.byCompany.load(c.id), current);
  }

  @FieldResolver(() => [Company], { description: "Companies it competes with (COMPETES_WITH, either side), by name." })
  competitors(@Root() c: CompanyRecord, @Ctx() { loaders }: DealgraphContext): Promise<CompanyRecord[]> {
    return loaders.company.competitors.load(c.id);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: "Sum of amount.usd over investmentsReceived of kind EQUITY_STAKE or FUNDING_ROUND, not TERMINATED; null when none is known.",
  })
  async totalRaisedUsd(@Root() c: CompanyRecord, @Ctx() { loaders }: DealgraphContext): Promise<number | null> {
    return (await loaders.company.stats.load(c.id)).totalRaisedUsd;
  }

  @FieldResolver(() => Int, { description: "How many deals the company took part in: investmentsMade plus investmentsReceived." })
  async dealCount(@Root() c: CompanyRecord, @Ctx() { loaders }: DealgraphContext): Promise<number> {
    return (await loaders.company.stats.load(c.id)).dealCount;
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description: "The valuation given by the most recently announced deal it received that gives one; null when none does.",
  })
  async latestValuation(@Root() c: CompanyRecord, @Ctx() { loaders }: DealgraphContext): Promise<MoneyRecord | null> {
    return (await loaders.company.stats.load(c.id)).latestValuation;
  }

  @FieldResolver(() => [Article], { description: "Articles that mention the company, newest first." })
  articles(@Root() c: CompanyRecord, @Ctx() { loaders }: DealgraphContext): Promise<ArticleRecord[]> {
    return loaders.article.mentioning.load(c.id);
  }
}
