// Article queries and the relationship fields of Article.
import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import type { DealgraphContext } from "../context.js";
import { pageSize } from "../common/pagination.js";
import { type ArticleRecord, type EntityRecord, type InvestmentRecord, type RelationRecord, type RoleRecord } from "../../store/index.js";
import { IdArg } from "../common/arguments.js";
import type { ConnectionRecord } from "../common/connection.type.js";
import { Entity } from "../common/entity.type.js";
import { Investment } from "../investment/index.js";
import { Role } from "../role/index.js";
import { BoundedBy, FirstArg, firstOf, LIST_BOUND } from "../common/list-bound.js";
import { pageWants } from "../common/selection.js";
import { CompanyRelation } from "../relation/index.js";
import { ArticlesArgs } from "./article.args.js";
import { Article, ArticleConnection } from "./article.type.js";

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true, description: "An article by id; null when there is none." })
  article(@IdArg("The article's id.") id: string, @Ctx() { stores }: DealgraphContext) {
    return stores.entities.byId("Article", id);
  }

  @Query(() => ArticleConnection, { description: "Articles, filtered, newest first, a page at a time." })
  articles(
    @Args(() => ArticlesArgs) args: ArticlesArgs,
    @Ctx() { stores }: DealgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionRecord<ArticleRecord>> {
    return stores.articles.page({ ...args, first: pageSize(args.first), wants: pageWants(info) });
  }

  @FieldResolver(() => String, { description: "The article text." })
  body(@Root() a: ArticleRecord, @Ctx() { stores }: DealgraphContext): string | Promise<string> {
    return a.body ?? stores.articles.body(a.id);
  }

  @FieldResolver(() => [Entity], { description: "The companies and people the article names, by name." })
  @BoundedBy(LIST_BOUND)
  async mentions(@Root() a: ArticleRecord, @FirstArg(LIST_BOUND, "entities") first: number | null, @Ctx() { stores }: DealgraphContext): Promise<EntityRecord[]> {
    return firstOf(await stores.articles.mentionedBy(a.id), first, LIST_BOUND);
  }

  @FieldResolver(() => [Investment], { description: "The deals the article reports, newest first." })
  @BoundedBy(LIST_BOUND)
  async investments(@Root() a: ArticleRecord, @FirstArg(LIST_BOUND, "deals") first: number | null, @Ctx() { stores }: DealgraphContext): Promise<InvestmentRecord[]> {
    return firstOf(await stores.deals.reportedBy(a.id), first, LIST_BOUND);
  }

  @FieldResolver(() => [Role], { description: "The roles the article reports, latest first." })
  @BoundedBy(LIST_BOUND)
  async roles(@Root() a: ArticleRecord, @FirstArg(LIST_BOUND, "roles") first: number | null, @Ctx() { stores }: DealgraphContext): Promise<RoleRecord[]> {
    return firstOf(await stores.roles.reportedBy(a.id), first, LIST_BOUND);
  }

  @FieldResolver(() => [CompanyRelation], { description: "The relations between companies the article states." })
  @BoundedBy(LIST_BOUND)
  async relations(@Root() a: ArticleRecord, @FirstArg(LIST_BOUND, "relations") first: number | null, @Ctx() { stores }: DealgraphContext): Promise<RelationRecord[]> {
    return firstOf(await stores.relations.statedBy(a.id), first, LIST_BOUND);
  }
}
