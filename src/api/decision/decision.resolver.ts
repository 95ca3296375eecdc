// Decisions on deal resolution: merge, split, mark distinct, revert (editors only), and the
// list of decisions taken. src/ingest/decide.ts applies them.
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Decision as DecisionRecord } from "../../domain/decisions.js";
import { decide, type DecisionRequest, revert } from "../../ingest/decide.js";
import { publishDecision } from "../../ingest/publish.js";
import { recentDecisions } from "../../store/index.js";
import { idRule, within } from "../common/arguments.js";
import { checked } from "../common/checks.js";
import { byRule, whoDecided } from "../common/who.js";
import type { DealgraphContext } from "../context.js";
import { requireAccess } from "../security/index.js";
import { Decision } from "./decision.type.js";
import { z } from "zod";

const reasonRule = z
  .string()
  .refine((s) => s.trim().length > 0, { error: "say why: the reason is kept with the decision" })
  .refine((s) => s.length <= 2000, { error: (i) => `must be at most 2000 characters, got ${(i.input as string).length}` });

const IdOf = (name: string, description: string) => Arg(name, () => ID, { description, validateFn: checked(idRule, name) });
const Reason = () => Arg("reason", () => String, { description: "Why (kept with the decision).", validateFn: checked(reasonRule, "reason") });
const By = () =>
  Arg("by", () => String, { nullable: true, description: "Who decides (a name); the editor token's fingerprint is added.", validateFn: checked(byRule, "by") });

@Resolver()
export class DecisionResolver {
  @Query(() => [Decision], { description: "Decisions on deal resolution, newest first, reverted ones included." })
  async decisions(
    @Arg("first", () => Int, { defaultValue: 20, description: "How many: 0 to 100, 20 by default.", validateFn: checked(within(0, 100), "first") }) first: number,
    @Ctx() ctx: DealgraphContext,
  ): Promise<DecisionRecord[]> {
    return recentDecisions(ctx.db.reader(), first);
  }

  @Mutation(() => Decision, {
    description:
      "Merges deal `from` into deal `into` (same target and kind): every source of `from` moves onto `into`, and resolution sends later reports of `from` there too. Needs an editor token.",
  })
  async mergeDeals(
    @IdOf("from", "The deal merged away.") from: string,
    @IdOf("into", "The deal that keeps both.") into: string,
    @Reason() reason: string,
    @By() by: string | null,
    @Ctx() ctx: DealgraphContext,
  ): Promise<DecisionRecord> {
    return this.take(ctx, { action: "MERGE", from, into }, reason, by);
  }

  @Mutation(() => Decision, {
    description:
      "Merges company (or person) `from` into `into`: the articles that name `from` are resolved again as if they named `into` (their mentions, deals, roles and relations move), and so is every article loaded later. Refused when one article names both, or when more than 1,000 articles name `from`. Needs an editor token.",
  })
  async mergeEntities(
    @IdOf("from", "The company or person merged away.") from: string,
    @IdOf("into", "The one that stays.") into: string,
    @Reason() reason: string,
    @By() by: string | null,
    @Ctx() ctx: DealgraphContext,
  ): Promise<DecisionRecord> {
    return this.take(ctx, { action: "MERGE_ENTITIES", from, into }, reason, by);
  }

  @Mutation(() => Decision, {
    description: "Splits an article's report off a deal: it becomes a deal of its own, and stays one when the article is loaded again. Needs an editor token.",
  })
  async splitDealSource(
    @IdOf("deal", "The deal.") deal: string,
    @IdOf("article", "The article whose report is another deal.") article: string,
    @Reason() reason: string,
    @By() by: string | null,
    @Ctx() ctx: DealgraphContext,
  ): Promise<DecisionRecord> {
    return this.take(ctx, { action: "SPLIT", deal, article }, reason, by);
  }

  @Mutation(() => Decision, { description: "Marks two possible duplicates (two deals, two companies or two people) as distinct: the link goes and is not made again. Needs an editor token." })
  async markDistinct(
    @IdOf("a", "One deal, company or person.") a: string,
    @IdOf("b", "The other.") b: string,
    @Reason() reason: string,
    @By() by: string | null,
    @Ctx() ctx: DealgraphContext,
  ): Promise<DecisionRecord> {
    return this.take(ctx, { action: "DISTINCT", a, b }, reason, by);
  }

  @Mutation(() => Decision, { description: "Undoes a decision: sources moved back, a removed link restored. Needs an editor token." })
  async revertDecision(
    @IdOf("id", "The decision.") id: string,
    @Reason() reason: string,
    @By() by: string | null,
    @Ctx() ctx: DealgraphContext,
  ): Promise<DecisionRecord> {
    requireAccess(ctx, "write");
    const d = await revert(ctx.db, id, { by: whoDecided(ctx, by), reason: reason.trim() });
    await publishDecision(ctx.events, d);
    return d;
  }

  private async take(ctx: DealgraphContext, request: DecisionRequest, reason: string, by: string | null): Promise<DecisionRecord> {
    requireAccess(ctx, "write");
    const d = await decide(ctx.db, request, { by: whoDecided(ctx, by), reason: reason.trim() });
    await publishDecision(ctx.events, d);
    return d;
  }
}
