// The arguments every connection takes.
import { ArgsType, Field, Int } from "type-graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./pagination.js";

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `How many rows to return: 0 to ${MAX_PAGE_SIZE}, ${DEFAULT_PAGE_SIZE} by default.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Return the rows after this cursor (a previous page's `pageInfo.endCursor`)." })
  after?: string | null;
}
