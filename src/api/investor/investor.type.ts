// The object types of investors: the investors connection, co-investors, and an
// investor's total in one company.
import { Field, Float, Int, ObjectType } from "type-graphql";
import { connectionType } from "../common/connection.type.js";
import { Investor } from "../common/entity.type.js";
import { PartialDateScalar } from "../common/partial-date.scalar.js";

export const InvestorConnection = connectionType("Investor", "investors", () => Investor);

@ObjectType("CoInvestor", { description: "Someone who invested in the same deals as a given investor." })
export class CoInvestor {
  @Field(() => Investor, { description: "The co-investor." })
  investor!: unknown;

  @Field(() => Int, { description: "How many deals they both invested in." })
  sharedDealCount!: number;

  /** The deals they both invested in; the field (bounded by `first`) is resolved in investor.resolver.ts. */
  investments!: unknown[];
}

@ObjectType("InvestorTotal", {
  description:
    "What one investor put into one company, over the deals not TERMINATED. A syndicated round counts whole for each of its investors: articles rarely give the split.",
})
export class InvestorTotal {
  @Field(() => Investor, { description: "The investor." })
  investor!: unknown;

  @Field(() => Int, { description: "How many deals it took part in." })
  dealCount!: number;

  @Field(() => Float, { nullable: true, description: "Sum of the amounts in US dollars of those deals; null when none is known." })
  totalUsd!: number | null;

  @Field(() => Boolean, { description: "True when it led at least one of them." })
  led!: boolean;

  @Field(() => PartialDateScalar, { nullable: true, description: "Announcement of its first deal in the company." })
  firstAnnouncedOn!: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: "Announcement of its latest deal in the company." })
  lastAnnouncedOn!: string | null;

  /** Its deals in the company; the field (bounded by `first`) is resolved in investor.resolver.ts. */
  investments!: unknown[];
}
