// Query.search: companies, people and articles by name, alias or title.
import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { DealgraphContext } from "../context.js";
import type { SearchHitRecord } from "../../store/index.js";
import { BoundedBy, sizeOf } from "../common/list-bound.js";
import { HITS_BOUND, SearchArgs, SearchType } from "./search.args.js";
import { SearchHit } from "./search.type.js";

const ENTITIES: SearchType[] = [SearchType.COMPANY, SearchType.PERSON];

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      "Companies and people by name or alias (and articles by title, with types: [ARTICLE]), best first: exact names, then names that start with the text, then names one typo away.",
  })
  @BoundedBy(HITS_BOUND)
  async search(@Args(() => SearchArgs) { text, types, first }: SearchArgs, @Ctx() { stores }: DealgraphContext): Promise<SearchHitRecord[]> {
    return stores.search.hits(text, types ?? ENTITIES, sizeOf(first, HITS_BOUND));
  }

}
