// Mutations that change the graph: loading an article, withdrawing one. Editors only.
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { requireAccess } from "../security/index.js";
import type { DealgraphContext } from "../context.js";
import { type ArticleRecord } from "../../store/index.js";
import { articleLimits } from "../../ingest/limits.js";
import { Article } from "../article/index.js";
import { IdArg } from "../common/arguments.js";
import { ArticleInput } from "./ingest.input.js";
import { ingestArticle, removeArticle, type ReportRecord, toReport } from "./ingest.service.js";
import { IngestReport } from "./ingest.type.js";

@Resolver(() => IngestReport)
export class IngestResolver {
  @Mutation(() => IngestReport, {
    description:
      "Loads one article (the article file format, JSON encoding) with the same checks as `npm run seed`: " +
      "evidence verbatim in the body, refs declared, entities resolved by name and alias, each fact stated once, " +
      "amounts finite and under $10 trillion, at most ARTICLE_MAX_ENTITIES entities and ARTICLE_MAX_FACTS facts " +
      "(500 each by default) and a body of ARTICLE_MAX_BODY_BYTES (256 KiB). Sending an article " +
      "again with the same id replaces what it said. Field errors come back as BAD_USER_INPUT naming the " +
      "field path (e.g. `input.investments[0].amount.currency`). Needs `Authorization: Bearer <token>`.",
  })
  async ingestArticle(
    @Arg("input", () => ArticleInput, { description: "The article and its facts." }) input: ArticleInput,
    @Ctx() ctx: DealgraphContext,
  ): Promise<ReportRecord> {
    requireAccess(ctx, "write");
    return toReport(await ingestArticle(ctx.db, input, articleLimits(ctx.config), ctx.events));
  }

  @Mutation(() => IngestReport, {
    nullable: true,
    description:
      "Withdraws an article: its facts lose it as a source, and facts and entities that only it supported are " +
      "deleted. Null when there is no article with that id. Needs `Authorization: Bearer <token>`.",
  })
  async removeArticle(
    @IdArg("The article's id.") id: string,
    @Ctx() ctx: DealgraphContext,
  ): Promise<ReportRecord | null> {
    requireAccess(ctx, "write");
    const result = await removeArticle(ctx.db, id, ctx.events);
    return result && toReport(result);
  }

  @FieldResolver(() => Article, { nullable: true, description: "The article as it now is; null once removed." })
  article(@Root() report: ReportRecord, @Ctx() { stores }: DealgraphContext): Promise<ArticleRecord | null> {
    return stores.entities.byId("Article", report.articleId);
  }
}
