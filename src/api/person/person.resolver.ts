// Person queries and the relationship fields of Person.
import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Float, Info, Int, Query, Resolver, Root } from "type-graphql";
import type { DealgraphContext } from "../context.js";
import { badInput } from "../errors.js";
import { ArticlesArgs } from "../article/article.args.js";
import type { ArticleRecord } from "../article/article.record.js";
import { Article, ArticleConnection } from "../article/article.type.js";
import { checkId, checkName } from "../common/arguments.js";
import type { ConnectionRecord } from "../common/connection.type.js";
import { BoundedBy, checkFirst, FirstArg, firstOf, LIST_BOUND } from "../common/list-bound.js";
import { pageSize } from "../common/pagination.js";
import { pageWants } from "../common/selection.js";
import { InvestmentsArgs } from "../investment/investment.args.js";
import type { InvestmentRecord } from "../investment/investment.record.js";
import { checkInvestmentWhere, dealEmbeds, prefetchDealPages } from "../investment/investment.resolver.js";
import { Investment, InvestmentConnection } from "../investment/investment.type.js";
import { CO_INVESTORS_BOUND } from "../investor/investor.args.js";
import type { CoInvestorRecord } from "../investor/investor.repository.js";
import { CoInvestor } from "../investor/investor.type.js";
import { loadTyped } from "../node/node.loader.js";
import { RoleFilterArgs } from "../role/role.args.js";
import { type RoleRecord, whereHeld } from "../role/role.record.js";
import { Role } from "../role/role.type.js";
import { PeopleArgs, PersonLookupArgs } from "./person.args.js";
import type { PersonRecord } from "./person.record.js";
import { peoplePage, personByName } from "./person.repository.js";
import { Person, PersonConnection } from "./person.type.js";

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: "A person by id, or by name or alias; null when there is none." })
  async person(@Args(() => PersonLookupArgs) { id, name }: PersonLookupArgs, @Ctx() { loaders }: DealgraphContext, @Info() info: GraphQLResolveInfo) {
    if (id != null && name != null) throw badInput("id", "give the person's id or their name, not both");
    if (id != null) {
      prefetchDealPages(info, loaders, checkId(id, "id"), "INVESTOR");
      return loadTyped(loaders.nodes, id, "Person");
    }
    if (name != null) return personByName(loaders.reader, checkName(name, "name"));
    throw badInput("id", "give the person's id or their name");
  }

  @Query(() => PersonConnection, { description: "People, filtered and sorted, a page at a time." })
  people(
    @Args(() => PeopleArgs) args: PeopleArgs,
    @Ctx() { loaders }: DealgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionRecord<PersonRecord>> {
    args.where?.ids?.forEach((id, i) => checkId(id, `where.ids[${i}]`));
    if (args.where?.companyId != null) checkId(args.where.companyId, "where.companyId");
    return peoplePage(loaders.reader, args, pageWants(info));
  }

  @FieldResolver(() => [Role], { description: "Roles the person holds or held, latest first." })
  @BoundedBy(LIST_BOUND)
  async roles(
    @Root() p: PersonRecord,
    @Args(() => RoleFilterArgs) held: RoleFilterArgs,
    @FirstArg(LIST_BOUND, "roles") first: number | null,
    @Ctx() { loaders }: DealgraphContext,
  ): Promise<RoleRecord[]> {
    return firstOf(whereHeld(await loaders.role.byPerson.load(p.id), held), first, LIST_BOUND);
  }

  @FieldResolver(() => [Investment], { description: "Deals the person invested in, newest first (all of them, a page at a time: investmentsConnection)." })
  @BoundedBy(LIST_BOUND)
  async investments(
    @Root() p: PersonRecord,
    @FirstArg(LIST_BOUND, "deals", "More: investmentsConnection.") first: number | null,
    @Ctx() { loaders }: DealgraphContext,
  ): Promise<InvestmentRecord[]> {
    return firstOf(await loaders.investment.byInvestor.load(p.id), first, LIST_BOUND);
  }

  @FieldResolver(() => InvestmentConnection, { description: "Deals the person invested in, filtered and sorted, a page at a time." })
  investmentsConnection(
    @Root() p: PersonRecord,
    @Args(() => InvestmentsArgs) args: InvestmentsArgs,
    @Ctx() { loaders }: DealgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionRecord<InvestmentRecord>> {
    pageSize(args.first);
    checkInvestmentWhere(args.where);
    return loaders.investment.pageByParticipant({ ...args, side: "INVESTOR", wants: pageWants(info), embeds: dealEmbeds(info) }).load(p.id);
  }

  @FieldResolver(() => Int, {
    description: "How many deals the person invested in (investmentsMade), whatever their status. A person receives no deals; Company.dealCount counts both sides.",
  })
  async dealCount(@Root() p: PersonRecord, @Ctx() { loaders }: DealgraphContext): Promise<number> {
    return (await loaders.investor.stats.load(p.id)).investmentCount;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: "Sum of amount.usd over the deals the person invested in, not TERMINATED; null when none is known. A syndicated round counts whole for each of its investors.",
  })
  async totalInvestedUsd(@Root() p: PersonRecord, @Ctx() { loaders }: DealgraphContext): Promise<number | null> {
    return (await loaders.investor.stats.load(p.id)).totalInvestedUsd;
  }

  @FieldResolver(() => [CoInvestor], { description: "Those who invested in the same deals as the person, most shared deals first." })
  @BoundedBy(CO_INVESTORS_BOUND)
  coInvestors(
    @Root() p: PersonRecord,
    @FirstArg(CO_INVESTORS_BOUND, "co-investors") first: number | null,
    @Ctx() { loaders }: DealgraphContext,
  ): Promise<CoInvestorRecord[]> {
    return loaders.investor.coInvestors(checkFirst(first, CO_INVESTORS_BOUND)).load(p.id);
  }

  @FieldResolver(() => [Article], { description: "Articles that mention the person, newest first (all of them, a page at a time: articlesConnection)." })
  @BoundedBy(LIST_BOUND)
  async articles(@Root() p: PersonRecord, @FirstArg(LIST_BOUND, "articles") first: number | null, @Ctx() { loaders }: DealgraphContext): Promise<ArticleRecord[]> {
    return firstOf(await loaders.article.mentioning.load(p.id), first, LIST_BOUND);
  }

  @FieldResolver(() => ArticleConnection, { description: "Articles that mention the person, filtered, newest first, a page at a time." })
  articlesConnection(
    @Root() p: PersonRecord,
    @Args(() => ArticlesArgs) args: ArticlesArgs,
    @Ctx() { loaders }: DealgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionRecord<ArticleRecord>> {
    pageSize(args.first);
    return loaders.article.pageMentioning({ ...args, wants: pageWants(info) }).load(p.id);
  }
}
