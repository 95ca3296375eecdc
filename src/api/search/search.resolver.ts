// Query.search: companies, people and articles by name, alias or title.
import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { DealgraphContext } from "../context.js";
import { badInput } from "../errors.js";
import { BoundedBy, checkFirst } from "../common/list-bound.js";
import { HITS_BOUND, MAX_TEXT, SearchArgs, SearchType } from "./search.args.js";
import { search, type SearchHitRecord } from "./search.repository.js";
import { SearchHit } from "./search.type.js";

const ENTITIES: SearchType[] = [SearchType.COMPANY, SearchType.PERSON];

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      "Companies and people by name or alias (and articles by title, with types: [ARTICLE]), best first: exact names, then names that start with the text, then names one typo away.",
  })
  @BoundedBy(HITS_BOUND)
  async search(@Args(() => SearchArgs) { text, types, first }: SearchArgs, @Ctx() { loaders }: DealgraphContext): Promise<SearchHitRecord[]> {
    if (text.length > MAX_TEXT) throw badInput("text", `must be at most ${MAX_TEXT} characters, got ${text.length}`);
    const hits = await search(loaders.reader, text, types ?? ENTITIES, checkFirst(first, HITS_BOUND));
    loaders.prime(hits.map((h) => h.node));
    return hits;
  }

}
