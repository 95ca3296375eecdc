// The relationship fields of CompanyRelation.
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { DealgraphContext } from "../context.js";
import { BoundedBy, FirstArg, firstOf, LIST_BOUND } from "../common/list-bound.js";
import type { SourceRecord } from "../common/source.record.js";
import { Source } from "../common/source.type.js";
import type { CompanyRecord } from "../company/company.record.js";
import { Company } from "../company/company.type.js";
import { loadEnd } from "../node/node.loader.js";
import type { RelationRecord } from "./relation.record.js";
import { CompanyRelation } from "./relation.type.js";

@Resolver(() => CompanyRelation)
export class RelationResolver {
  @FieldResolver(() => Company, { description: "One end: for SUBSIDIARY_OF, the subsidiary." })
  from(@Root() r: RelationRecord, @Ctx() { loaders }: DealgraphContext): Promise<CompanyRecord> {
    return loadEnd(loaders.nodes, r.fromId, "Company", "CompanyRelation.from");
  }

  @FieldResolver(() => Company, { description: "The other end: for SUBSIDIARY_OF, the parent." })
  to(@Root() r: RelationRecord, @Ctx() { loaders }: DealgraphContext): Promise<CompanyRecord> {
    return loadEnd(loaders.nodes, r.toId, "Company", "CompanyRelation.to");
  }

  @FieldResolver(() => [Source], { description: "The articles that state the relation, newest first, each with its evidence." })
  @BoundedBy(LIST_BOUND)
  async sources(@Root() r: RelationRecord, @FirstArg(LIST_BOUND, "sources") first: number | null, @Ctx() { loaders }: DealgraphContext): Promise<SourceRecord[]> {
    return firstOf(await loaders.article.sources.load(r.id), first, LIST_BOUND);
  }
}
