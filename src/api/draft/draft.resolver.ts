// The review inbox: drafts made from a text, listed, read, saved, published and
// discarded. Editors only, queries included (a draft is not yet news); draft.service.ts does the work.
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Draft as DraftRecord } from "../../domain/drafts.js";
import { conversionYear, toUsd } from "../../money/currency.js";
import { draftById, draftPage } from "../../store/index.js";
import { IdArg } from "../common/arguments.js";
import type { ConnectionRecord } from "../common/connection.type.js";
import { pageSize } from "../common/pagination.js";
import { pageWants } from "../common/selection.js";
import { whoDecided } from "../common/who.js";
import type { DealgraphContext } from "../context.js";
import { EditorsOnly, requireAccess } from "../security/index.js";
import { ByArg, DraftsArgs, VersionArg } from "./draft.args.js";
import { CreateDraftInput, DraftInput } from "./draft.input.js";
import { createDraft, discardDraft, publishDraft, type PublishOutcome, saveDraft } from "./draft.service.js";
import { Draft, DraftConnection, DraftDeal, PublishDraftResult } from "./draft.type.js";

const EDITORS = "Needs an editor token.";

@Resolver(() => Draft)
export class DraftResolver {
  @EditorsOnly()
  @Query(() => DraftConnection, { description: `Drafts of the review inbox, newest first, a page at a time; every reviewer sees the same queue. ${EDITORS}` })
  async drafts(@Args(() => DraftsArgs) args: DraftsArgs, @Ctx() ctx: DealgraphContext, @Info() info: GraphQLResolveInfo): Promise<ConnectionRecord<DraftRecord>> {
    requireAccess(ctx, "write");
    return draftPage(ctx.db, args.status, { first: pageSize(args.first), after: args.after }, pageWants(info));
  }

  @EditorsOnly()
  @Query(() => Draft, { nullable: true, description: `A draft by id; null when there is none. ${EDITORS}` })
  async draft(@IdArg("The draft's id.") id: string, @Ctx() ctx: DealgraphContext): Promise<DraftRecord | null> {
    requireAccess(ctx, "write");
    return draftById(ctx.db, id);
  }

  @Mutation(() => Draft, {
    description:
      "Drafts an article from a text (plain text, Markdown or a saved web page): the extractor's entities, matched against the graph's, " +
      "and its deals and roles with their evidence, confidence and rule, kept OPEN for review. A page's title, publisher, date, canonical URL " +
      "and language come from its metadata. Unreadable input is BAD_USER_INPUT naming the argument; nothing is stored then. " +
      EDITORS,
  })
  async createDraft(
    @Arg("input", () => CreateDraftInput, { description: "The text and what is known of it." }) input: CreateDraftInput,
    @ByArg() by: string | null,
    @Ctx() ctx: DealgraphContext,
  ): Promise<DraftRecord> {
    requireAccess(ctx, "write");
    return createDraft(ctx, input, whoDecided(ctx, by));
  }

  @Mutation(() => Draft, {
    description:
      "Saves the whole reviewed draft (article fields, entities with their type, name and match, deals and roles with their fields and decisions) " +
      "over the version it was read at: another version is CONFLICT, saying who saved it last and when; a draft not OPEN cannot be saved (CONFLICT). " +
      "A key no entity has, or a match not in the graph, is BAD_USER_INPUT naming the field. " +
      EDITORS,
  })
  async saveDraft(
    @IdArg("The draft's id.") id: string,
    @VersionArg() version: number,
    @Arg("input", () => DraftInput, { description: "The draft as the reviewer leaves it." }) input: DraftInput,
    @ByArg() by: string | null,
    @Ctx() ctx: DealgraphContext,
  ): Promise<DraftRecord> {
    requireAccess(ctx, "write");
    return saveDraft(ctx, id, version, input, whoDecided(ctx, by));
  }

  @Mutation(() => PublishDraftResult, {
    description:
      "Publishes the draft: an article of its ACCEPTED deals and roles, the entities they use and its ACCEPTED entities (a matched one with its graph id), " +
      "loaded exactly as ingestArticle loads one (same checks, same write, same graphChanged event). When anything is wrong, nothing is written: " +
      "the result and the draft's `problems` say what, on the fact and field concerned. A draft never replaces an article already in the graph. " +
      EDITORS,
  })
  async publishDraft(
    @IdArg("The draft's id.") id: string,
    @VersionArg() version: number,
    @ByArg() by: string | null,
    @Ctx() ctx: DealgraphContext,
  ): Promise<PublishOutcome> {
    requireAccess(ctx, "write");
    return publishDraft(ctx, id, version, whoDecided(ctx, by));
  }

  @Mutation(() => Draft, { description: `Sets the draft aside (DISCARDED): nothing of it is loaded. Same version rule as saveDraft. ${EDITORS}` })
  async discardDraft(
    @IdArg("The draft's id.") id: string,
    @VersionArg() version: number,
    @ByArg() by: string | null,
    @Ctx() ctx: DealgraphContext,
  ): Promise<DraftRecord> {
    requireAccess(ctx, "write");
    return discardDraft(ctx, id, version, whoDecided(ctx, by));
  }

  @FieldResolver(() => [DraftDeal], { description: "The deals proposed or added, accepted or not." })
  deals(@Root() d: DraftRecord) {
    const money = (m: { value: number; currency: string } | null, announcedOn: string | null) =>
      m && { ...m, usd: toUsd(m.value, m.currency, conversionYear(announcedOn ?? undefined, d.article.publishedOn)) };
    return d.deals.map((x) => ({ ...x, amount: money(x.amount, x.announcedOn), valuation: money(x.valuation, x.announcedOn) }));
  }
}
