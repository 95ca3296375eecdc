// Arguments of the graphChanged subscription.
import { ArgsType, Field, ID } from "type-graphql";
import { idList } from "../common/arguments.js";
import { Check } from "../common/checks.js";

/** The most ids a subscription may watch: a dashboard's view, not the whole graph. */
export const MAX_TOUCHING = 1_000;

@ArgsType()
export class GraphChangedArgs {
  @Field(() => [ID], {
    nullable: true,
    description:
      `Only changes that name at least one of these ids (the article, or a company, person, deal, role or relation it ` +
      `created, updated or removed); at most ${MAX_TOUCHING}. Every change when absent.`,
  })
  @Check(idList({ max: MAX_TOUCHING, message: () => `at most ${MAX_TOUCHING} ids` }))
  touching?: string[] | null;
}
