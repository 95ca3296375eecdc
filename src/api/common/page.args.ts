// The arguments every connection takes. `first` is checked here, before any resolver runs
// (checks.ts); `after` is read by the store, which alone knows what the listing sorts by.
import { ArgsType, Field, Int } from "type-graphql";
import { Check } from "./checks.js";
import { firstWithin, PAGE_BOUND } from "./list-bound.js";

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: PAGE_BOUND.default,
    description: `How many rows to return: 0 to ${PAGE_BOUND.max}, ${PAGE_BOUND.default} by default.`,
  })
  @Check(firstWithin(PAGE_BOUND, true))
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Return the rows after this cursor (a previous page's `pageInfo.endCursor`)." })
  after?: string | null;
}
