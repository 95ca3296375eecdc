// The relationship fields of CompanyRelation.
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { DealgraphContext } from "../context.js";
import { requireEnd } from "../common/ends.js";
import { type CompanyRecord, type RelationRecord, type SourceRecord } from "../../store/index.js";
import { BoundedBy, FirstArg, firstOf, LIST_BOUND } from "../common/list-bound.js";
import { Source } from "../common/source.type.js";
import { Company } from "../company/index.js";
import { CompanyRelation } from "./relation.type.js";

@Resolver(() => CompanyRelation)
export class RelationResolver {
  @FieldResolver(() => Company, { description: "One end: for SUBSIDIARY_OF, the subsidiary." })
  from(@Root() r: RelationRecord, @Ctx() { stores }: DealgraphContext): Promise<CompanyRecord> {
    return requireEnd(r.fromId, "Company", "CompanyRelation.from", (id) => stores.entities.byId("Company", id));
  }

  @FieldResolver(() => Company, { description: "The other end: for SUBSIDIARY_OF, the parent." })
  to(@Root() r: RelationRecord, @Ctx() { stores }: DealgraphContext): Promise<CompanyRecord> {
    return requireEnd(r.toId, "Company", "CompanyRelation.to", (id) => stores.entities.byId("Company", id));
  }

  @FieldResolver(() => [Source], { description: "The articles that state the relation, newest first, each with its evidence." })
  @BoundedBy(LIST_BOUND)
  async sources(@Root() r: RelationRecord, @FirstArg(LIST_BOUND, "sources") first: number | null, @Ctx() { stores }: DealgraphContext): Promise<SourceRecord[]> {
    return firstOf(await stores.articles.sourcesOf(r.id), first, LIST_BOUND);
  }
}
