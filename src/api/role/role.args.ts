// Arguments of the role lists and of executive moves.
import { idList, idRule } from "../common/arguments.js";
import { Check } from "../common/checks.js";
import { firstWithin, type ListBound } from "../common/list-bound.js";
import { ArgsType, Field, ID, Int } from "type-graphql";
import { PartialDateScalar } from "../common/partial-date.scalar.js";

@ArgsType()
export class RoleFilterArgs {
  @Field(() => Boolean, { nullable: true, description: "true: only current roles (begun, not ended); false: only the others; absent: all." })
  current?: boolean | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'Only roles held at some time in this period: "2023-11-20" that day, "2023" that year. An end known to the month ("2025-06") counts as the start of that month.',
  })
  asOf?: string | null;
}

export const DEFAULT_MOVES = 50;
export const MAX_MOVES = 200;
/** `first` of executiveMoves. */
export const MOVES_BOUND: ListBound = { default: DEFAULT_MOVES, min: 1, max: MAX_MOVES };

@ArgsType()
export class ExecutiveMovesArgs {
  @Field(() => [ID], { nullable: true, description: "Only moves between two of these companies (both ends among them)." })
  @Check(idList())
  companyIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: "Only moves away from this company." })
  @Check(idRule)
  fromId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only moves to this company." })
  @Check(idRule)
  toId?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: "Only moves whose new role began on or after this date." })
  since?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_MOVES, description: `How many moves, latest first: 1 to ${MAX_MOVES}, ${DEFAULT_MOVES} by default.` })
  @Check(firstWithin(MOVES_BOUND))
  first?: number | null;
}
