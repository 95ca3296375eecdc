// The Investment object type and its enums. Relationship fields are declared by
// investment.resolver.ts.
import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Money } from "../common/money.type.js";
import { connectionType } from "../common/connection.type.js";
import { Node } from "../common/node.type.js";
import { PartialDateScalar } from "../common/partial-date.scalar.js";
import { enumOf } from "../common/enum.js";
import { DEAL_STATUSES, type DealStatusName, INVESTMENT_KINDS, type InvestmentKindName } from "../../domain/vocabulary.js";
import { RoundStage } from "../common/round-stage.type.js";

export { RoundStage };

export const InvestmentKind = enumOf(INVESTMENT_KINDS);
export type InvestmentKind = InvestmentKindName;

registerEnumType(InvestmentKind, {
  name: "InvestmentKind",
  description: "What kind of deal an investment is.",
  valuesConfig: {
    EQUITY_STAKE: { description: "Investors buy a share of an existing company." },
    FUNDING_ROUND: { description: "A company raises money from investors (seed, Series A, ...)." },
    ACQUISITION: { description: "A company is bought outright." },
    LICENSE_AND_HIRE: { description: "A licence fee plus hiring the team (a so-called acqui-hire)." },
  },
});

export const DealStatus = enumOf(DEAL_STATUSES);
export type DealStatus = DealStatusName;

registerEnumType(DealStatus, {
  name: "DealStatus",
  description: "Where a deal stands, as its most recent source reports.",
  valuesConfig: {
    ANNOUNCED: { description: "Announced, not yet reported closed (the default)." },
    COMPLETED: { description: "Closed." },
    TERMINATED: { description: "Called off." },
    RUMORED: { description: "Reported but not confirmed by the parties." },
  },
});

@ObjectType("Investment", {
  implements: Node,
  description:
    "A deal: investors put money into (or buy) a target company. Each figure is the one its most recent source gives; `sources` keeps what each article said.",
})
export class Investment implements Node {
  @Field(() => ID, { description: "Stable slug id of the deal." })
  id!: string;

  @Field(() => InvestmentKind, { description: "What kind of deal this is." })
  kind!: InvestmentKind;

  @Field(() => DealStatus, { description: "Where the deal stands." })
  status!: DealStatus;

  @Field(() => Boolean, { description: "True when a source says investors took part beyond those named." })
  otherInvestors!: boolean;

  @Field(() => Money, { nullable: true, description: "Total amount of the deal; null when no source gives it." })
  amount!: Money | null;

  @Field(() => Float, { nullable: true, description: "Equity share the investors obtain, in percent (0 < x <= 100)." })
  stakePercent!: number | null;

  @Field(() => RoundStage, { nullable: true, description: "A funding round's stage (Series F...), from the latest source that gives one; null for other kinds of deal and when no source says." })
  stage!: RoundStage | null;

  @Field(() => Money, { nullable: true, description: "The target's (post-money) valuation the deal implies or states." })
  valuation!: Money | null;

  @Field(() => PartialDateScalar, { nullable: true, description: "When the deal was announced." })
  announcedOn!: string | null;

  @Field(() => Int, { description: "How many articles report the deal (what orderBy SOURCE_COUNT sorts by)." })
  sourceCount!: number;
}

export const InvestmentConnection = connectionType("Investment", "deals", () => Investment);
