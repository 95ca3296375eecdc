// Investment queries and the relationship fields of Investment.
import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import type { DealgraphContext } from "../context.js";
import { requireEnd } from "../common/ends.js";
import { pageSize } from "../common/pagination.js";
import { type ArticleRecord, type CompanyRecord, type EntityRecord, type InvestmentRecord, type SourceRecord } from "../../store/index.js";
import { DISAGREEMENT_FIELDS, type Disagreement as DisagreementRecord } from "../../domain/disagreements.js";
import { Article } from "../article/index.js";
import { IdArg } from "../common/arguments.js";
import type { ConnectionRecord } from "../common/connection.type.js";
import { Investor } from "../common/entity.type.js";
import { Source } from "../common/source.type.js";
import { Company } from "../company/index.js";
import { BoundedBy, FirstArg, firstOf, HoldsAtMost, LIST_BOUND } from "../common/list-bound.js";
import { pageWants } from "../common/selection.js";
import { InvestmentsArgs } from "./investment.args.js";
import { Investment, InvestmentConnection } from "./investment.type.js";
import { dealEmbeds } from "./deal-pages.js";
import { DisagreeingValue, Disagreement } from "./disagreement.type.js";

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

  @FieldResolver(() => [Disagreement], {
    description: "Where the deal's sources disagree (amount, date, investors...), each value with the articles giving it; empty when they agree. Read from the newest 100 sources.",
    // Each of the newest LIST_MAX sources gives one value (and is one article) per field, so a
    // deal's disagreements hold at most fields × LIST_MAX values and as many articles in all:
    // that bound, not values × articles (its nested lists count once, HoldsAtMost("parent")).
    complexity: ({ childComplexity }) => DISAGREEMENT_FIELDS.length * (1 + LIST_BOUND.max * childComplexity),
  })
  @HoldsAtMost("parent")
  disagreements(@Root() i: InvestmentRecord, @Ctx() { stores }: DealgraphContext): Promise<DisagreementRecord[]> {
    return stores.deals.disagreementsOf(i.id);
  }

  @FieldResolver(() => [Source], { description: "The articles that report the deal, newest first, each with its evidence and figures." })
  @BoundedBy(LIST_BOUND)
  async sources(@Root() i: InvestmentRecord, @FirstArg(LIST_BOUND, "sources") first: number | null, @Ctx() { stores }: DealgraphContext): Promise<SourceRecord[]> {
    return firstOf(await stores.articles.sourcesOf(i.id), first, LIST_BOUND);
  }
}

@Resolver(() => DisagreeingValue)
export class DisagreeingValueResolver {
  @FieldResolver(() => [Article], { description: "The articles that give this value, by id." })
  @HoldsAtMost("parent")
  async articles(@Root() v: DisagreeingValue, @Ctx() { stores }: DealgraphContext): Promise<ArticleRecord[]> {
    const found = await Promise.all(v.articleIds.map((id) => stores.entities.byId("Article", id)));
    return found.filter((a): a is ArticleRecord => a !== null);
  }
}
