// Article queries and the relationship fields of Article.
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { DealgraphContext } from "../context.js";
import { checkId } from "../common/arguments.js";
import type { ConnectionRecord } from "../common/connection.type.js";
import { Entity } from "../common/entity.type.js";
import type { InvestmentRecord } from "../investment/investment.record.js";
import { Investment } from "../investment/investment.type.js";
import { loadTyped } from "../node/node.loader.js";
import type { EntityRecord } from "../node/node.repository.js";
import type { RoleRecord } from "../role/role.record.js";
import { Role } from "../role/role.type.js";
import { BoundedBy, FirstArg, firstOf, LIST_BOUND } from "../common/list-bound.js";
import { pageWants } from "../common/selection.js";
import type { RelationRecord } from "../relation/relation.record.js";
import { CompanyRelation } from "../relation/relation.type.js";
import { ArticlesArgs } from "./article.args.js";
import type { ArticleRecord } from "./article.record.js";
import { articlePage } from "./article.repository.js";
import { Article, ArticleConnection } from "./article.type.js";

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true, description: "An article by id; null when there is none." })
  article(@Arg("id", () => ID, { description: "The article's id." }) id: string, @Ctx() { loaders }: DealgraphContext) {
    return loadTyped(loaders.nodes, checkId(id, "id"), "Article");
  }

  @Query(() => ArticleConnection, { description: "Articles, filtered, newest first, a page at a time." })
  articles(
    @Args(() => ArticlesArgs) args: ArticlesArgs,
    @Ctx() { loaders }: DealgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionRecord<ArticleRecord>> {
    if (args.where?.mentionsId != null) checkId(args.where.mentionsId, "where.mentionsId");
    return articlePage(loaders.reader, args, pageWants(info));
  }

  @FieldResolver(() => String, { description: "The article text." })
  body(@Root() a: ArticleRecord, @Ctx() { loaders }: DealgraphContext): string | Promise<string> {
    return a.body ?? loaders.article.bodies.load(a.id);
  }

  @FieldResolver(() => [Entity], { description: "The companies and people the article names, by name." })
  @BoundedBy(LIST_BOUND)
  async mentions(@Root() a: ArticleRecord, @FirstArg(LIST_BOUND, "entities") first: number | null, @Ctx() { loaders }: DealgraphContext): Promise<EntityRecord[]> {
    return firstOf(await loaders.article.mentions.load(a.id), first, LIST_BOUND);
  }

  @FieldResolver(() => [Investment], { description: "The deals the article reports, newest first." })
  @BoundedBy(LIST_BOUND)
  async investments(@Root() a: ArticleRecord, @FirstArg(LIST_BOUND, "deals") first: number | null, @Ctx() { loaders }: DealgraphContext): Promise<InvestmentRecord[]> {
    return firstOf(await loaders.investment.byArticle.load(a.id), first, LIST_BOUND);
  }

  @FieldResolver(() => [Role], { description: "The roles the article reports, latest first." })
  @BoundedBy(LIST_BOUND)
  async roles(@Root() a: ArticleRecord, @FirstArg(LIST_BOUND, "roles") first: number | null, @Ctx() { loaders }: DealgraphContext): Promise<RoleRecord[]> {
    return firstOf(await loaders.role.byArticle.load(a.id), first, LIST_BOUND);
  }

  @FieldResolver(() => [CompanyRelation], { description: "The relations between companies the article states." })
  @BoundedBy(LIST_BOUND)
  async relations(@Root() a: ArticleRecord, @FirstArg(LIST_BOUND, "relations") first: number | null, @Ctx() { loaders }: DealgraphContext): Promise<RelationRecord[]> {
    return firstOf(await loaders.relation.byArticle.load(a.id), first, LIST_BOUND);
  }
}
