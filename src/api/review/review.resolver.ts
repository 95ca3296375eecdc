// Query.duplicateCandidates, and the fields of DuplicateCandidate that name other nodes.
import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import type { DealgraphContext } from "../context.js";
import type { ArticleRecord, DuplicateCandidateRecord, NodeRecord } from "../../store/index.js";
import { Article } from "../article/index.js";
import type { ConnectionRecord } from "../common/connection.type.js";
import { requireEnd } from "../common/ends.js";
import { Node } from "../common/node.type.js";
import { pageSize } from "../common/pagination.js";
import { pageWants } from "../common/selection.js";
import { DuplicateCandidatesArgs } from "./review.args.js";
import { DuplicateCandidate, DuplicateCandidateConnection } from "./review.type.js";

@Resolver(() => DuplicateCandidate)
export class ReviewResolver {
  @Query(() => DuplicateCandidateConnection, {
    description:
      "Possible duplicates waiting for a person's decision, newest link first, a page at a time. Decide with mergeDeals(from: a, into: b) or markDistinct(a, b) (editor token); either removes the pair.",
  })
  duplicateCandidates(
    @Args(() => DuplicateCandidatesArgs) args: DuplicateCandidatesArgs,
    @Ctx() { stores }: DealgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionRecord<DuplicateCandidateRecord>> {
    return stores.review.duplicateCandidates({ kind: args.kind ?? "DEAL", first: pageSize(args.first), after: args.after, wants: pageWants(info) });
  }

  // a, b and article of a whole page are looked up in one batch (the node cache's loader).
  @FieldResolver(() => Node, { description: "The newer of the two (for DEAL, an Investment): the one its article's report made." })
  a(@Root() c: DuplicateCandidateRecord, @Ctx() { stores }: DealgraphContext): Promise<NodeRecord> {
    return requireEnd(c.aId, c.typename, "DuplicateCandidate.a", (id) => stores.entities.byId(c.typename, id));
  }

  @FieldResolver(() => Node, { description: "The older of the two (for DEAL, an Investment): the one a's report was scored against." })
  b(@Root() c: DuplicateCandidateRecord, @Ctx() { stores }: DealgraphContext): Promise<NodeRecord> {
    return requireEnd(c.bId, c.typename, "DuplicateCandidate.b", (id) => stores.entities.byId(c.typename, id));
  }

  @FieldResolver(() => Article, { nullable: true, description: "The article whose report made the link; null when it is gone." })
  article(@Root() c: DuplicateCandidateRecord, @Ctx() { stores }: DealgraphContext): Promise<ArticleRecord | null> | null {
    return c.articleId === null ? null : stores.entities.byId("Article", c.articleId);
  }
}
