// Person queries and the relationship fields of Person.
import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Float, Info, Int, Query, Resolver, Root } from "type-graphql";
import type { DealgraphContext } from "../context.js";
import { pageSize } from "../common/pagination.js";
import { type ArticleRecord, type CoInvestorRecord, type InvestmentRecord, type PersonRecord, type RoleRecord, whereHeld } from "../../store/index.js";
import { ArticlesArgs } from "../article/index.js";
import { Article, ArticleConnection } from "../article/index.js";
import type { ConnectionRecord } from "../common/connection.type.js";
import { BoundedBy, FirstArg, firstOf, LIST_BOUND, sizeOf } from "../common/list-bound.js";
import { pageWants } from "../common/selection.js";
import { InvestmentsArgs } from "../investment/index.js";
import { dealEmbeds, prefetchDealPages } from "../investment/index.js";
import { Investment, InvestmentConnection } from "../investment/index.js";
import { CO_INVESTORS_BOUND } from "../investor/index.js";
import { CoInvestor } from "../investor/index.js";
import { RoleFilterArgs } from "../role/index.js";
import { Role } from "../role/index.js";
import { PeopleArgs, PersonLookupArgs } from "./person.args.js";
import { Person, PersonConnection } from "./person.type.js";

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: "A person by id, or by name or alias; null when there is none." })
  async person(@Args(() => PersonLookupArgs) { id, name }: PersonLookupArgs, @Ctx() { stores }: DealgraphContext, @Info() info: GraphQLResolveInfo) {
    if (id != null) {
      prefetchDealPages(info, stores, id, "INVESTOR");
      return stores.entities.byId("Person", id);
    }
    if (name != null) return stores.entities.personNamed(name);
    return null; // not reached: PersonLookupArgs lets exactly one of id and name through
  }

  @Query(() => PersonConnection, { description: "People, filtered and sorted, a page at a time." })
  people(
    @Args(() => PeopleArgs) args: PeopleArgs,
    @Ctx() { stores }: DealgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionRecord<PersonRecord>> {
    return stores.entities.people({ ...args, first: pageSize(args.first) }, pageWants(info));
  }

  @FieldResolver(() => [Role], { description: "Roles the person holds or held, latest first." })
  @BoundedBy(LIST_BOUND)
  async roles(
    @Root() p: PersonRecord,
    @Args(() => RoleFilterArgs) held: RoleFilterArgs,
    @FirstArg(LIST_BOUND, "roles") first: number | null,
    @Ctx() { stores }: DealgraphContext,
  ): Promise<RoleRecord[]> {
    return firstOf(whereHeld(await stores.roles.heldBy(p.id), held), first, LIST_BOUND);
  }

  @FieldResolver(() => [Investment], { description: "Deals the person invested in, newest first (all of them, a page at a time: investmentsConnection)." })
  @BoundedBy(LIST_BOUND)
  async investments(
    @Root() p: PersonRecord,
    @FirstArg(LIST_BOUND, "deals", "More: investmentsConnection.") first: number | null,
    @Ctx() { stores }: DealgraphContext,
  ): Promise<InvestmentRecord[]> {
    return firstOf(await stores.deals.madeBy(p.id), first, LIST_BOUND);
  }

  @FieldResolver(() => InvestmentConnection, { description: "Deals the person invested in, filtered and sorted, a page at a time." })
  investmentsConnection(
    @Root() p: PersonRecord,
    @Args(() => InvestmentsArgs) args: InvestmentsArgs,
    @Ctx() { stores }: DealgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionRecord<InvestmentRecord>> {
    return stores.deals.pageOf(p.id, { ...args, first: pageSize(args.first), side: "INVESTOR", wants: pageWants(info), embeds: dealEmbeds(info) });
  }

  @FieldResolver(() => Int, {
    description: "How many deals the person invested in (investmentsMade), whatever their status. A person receives no deals; Company.dealCount counts both sides.",
  })
  async dealCount(@Root() p: PersonRecord, @Ctx() { stores }: DealgraphContext): Promise<number> {
    return (await stores.entities.investorStats(p.id)).investmentCount;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: "Sum of amount.usd over the deals the person invested in, not TERMINATED; null when none is known. A syndicated round counts whole for each of its investors.",
  })
  async totalInvestedUsd(@Root() p: PersonRecord, @Ctx() { stores }: DealgraphContext): Promise<number | null> {
    return (await stores.entities.investorStats(p.id)).totalInvestedUsd;
  }

  @FieldResolver(() => [CoInvestor], { description: "Those who invested in the same deals as the person, most shared deals first." })
  @BoundedBy(CO_INVESTORS_BOUND)
  coInvestors(
    @Root() p: PersonRecord,
    @FirstArg(CO_INVESTORS_BOUND, "co-investors") first: number | null,
    @Ctx() { stores }: DealgraphContext,
  ): Promise<CoInvestorRecord[]> {
    return stores.entities.coInvestorsOf(p.id, sizeOf(first, CO_INVESTORS_BOUND));
  }

  @FieldResolver(() => [Article], { description: "Articles that mention the person, newest first (all of them, a page at a time: articlesConnection)." })
  @BoundedBy(LIST_BOUND)
  async articles(@Root() p: PersonRecord, @FirstArg(LIST_BOUND, "articles") first: number | null, @Ctx() { stores }: DealgraphContext): Promise<ArticleRecord[]> {
    return firstOf(await stores.articles.mentioning(p.id), first, LIST_BOUND);
  }

  @FieldResolver(() => ArticleConnection, { description: "Articles that mention the person, filtered, newest first, a page at a time." })
  articlesConnection(
    @Root() p: PersonRecord,
    @Args(() => ArticlesArgs) args: ArticlesArgs,
    @Ctx() { stores }: DealgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionRecord<ArticleRecord>> {
    return stores.articles.pageMentioning(p.id, { ...args, first: pageSize(args.first), wants: pageWants(info) });
  }
}
