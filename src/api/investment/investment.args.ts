// Arguments of the investment queries: filters, orderings, lookups.
import { ArgsType, Field, Float, ID, InputType, registerEnumType } from "type-graphql";
import { atMostCharacters, idList, idRule, NAME_FILTER_MAX } from "../common/arguments.js";
import { Check } from "../common/checks.js";
import { OrderDirection } from "../common/order.js";
import { PageArgs } from "../common/page.args.js";
import { PartialDateScalar } from "../common/partial-date.scalar.js";
import { DealStatus, InvestmentKind, RoundStage } from "./investment.type.js";

@InputType("InvestmentWhere", { description: "Filters on deals; every filter given must hold." })
export class InvestmentWhere {
  @Field(() => [ID], { nullable: true, description: "Only these deals." })
  @Check(idList())
  ids?: string[] | null;

  @Field(() => ID, { nullable: true, description: "Only deals this company or person took part in, as an investor or as the target." })
  @Check(idRule)
  participantId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only deals this company or person led." })
  @Check(idRule)
  leadInvestorId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only deals this company or person invested in." })
  @Check(idRule)
  investorId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Only deals with an investor (company or person) whose name or alias contains this text (case- and accent-insensitive): an investor search.",
  })
  @Check(atMostCharacters(NAME_FILTER_MAX))
  investorNameContains?: string | null;

  @Field(() => ID, { nullable: true, description: "Only deals whose target is this company." })
  @Check(idRule)
  targetId?: string | null;

  @Field(() => [InvestmentKind], { nullable: true, description: "Only deals of these kinds (one kind may be given alone)." })
  kind?: InvestmentKind[] | null;

  @Field(() => [DealStatus], { nullable: true, description: "Only deals with these statuses (one status may be given alone)." })
  status?: DealStatus[] | null;

  @Field(() => [RoundStage], { nullable: true, description: "Only funding rounds at these stages (one stage may be given alone)." })
  stage?: RoundStage[] | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Only deals announced on or after this date ("2025" means from 2025 on).' })
  announcedFrom?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Only deals announced on or before this date, inclusive ("2025" takes in all of 2025).' })
  announcedTo?: string | null;

  @Field(() => Float, { nullable: true, description: "Only deals whose amount in US dollars is at least this much (deals without one are left out)." })
  minUsd?: number | null;

  @Field(() => Float, { nullable: true, description: "Only deals whose amount in US dollars is at most this much (deals without one are left out)." })
  maxUsd?: number | null;

  @Field(() => [String], { nullable: true, description: "Only deals whose amount is given in one of these currencies (ISO 4217, e.g. EUR)." })
  currency?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Only deals whose target is based in one of these countries (ISO 3166-1 alpha-2, e.g. FR)." })
  targetCountry?: string[] | null;

  @Field(() => ID, { nullable: true, description: "Only deals this article reports." })
  @Check(idRule)
  articleId?: string | null;
}

export enum InvestmentOrderField {
  ANNOUNCED_ON = "ANNOUNCED_ON",
  AMOUNT_USD = "AMOUNT_USD",
  VALUATION_USD = "VALUATION_USD",
  STAKE_PERCENT = "STAKE_PERCENT",
  SOURCE_COUNT = "SOURCE_COUNT",
}

registerEnumType(InvestmentOrderField, {
  name: "InvestmentOrderField",
  description: "What deals can be sorted by; ties are broken by id.",
  valuesConfig: {
    ANNOUNCED_ON: { description: "Announcement date." },
    AMOUNT_USD: { description: "Amount in US dollars; deals without one come last." },
    VALUATION_USD: { description: "The target's valuation in US dollars; deals without one come last." },
    STAKE_PERCENT: { description: "Stake obtained, in percent; deals without one come last." },
    SOURCE_COUNT: { description: "How many articles report the deal." },
  },
});

@InputType("InvestmentOrder", { description: "How to sort deals." })
export class InvestmentOrder {
  @Field(() => InvestmentOrderField, { description: "The sort field." })
  field!: InvestmentOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: "The direction, ASC by default." })
  direction!: OrderDirection;
}

@ArgsType()
export class InvestmentsArgs extends PageArgs {
  @Field(() => InvestmentWhere, { nullable: true, description: "Filters; all deals when absent." })
  where?: InvestmentWhere | null;

  @Field(() => InvestmentOrder, { nullable: true, description: "Sort order; newest announcement first when absent." })
  orderBy?: InvestmentOrder | null;
}

export enum DealSide {
  INVESTOR = "INVESTOR",
  TARGET = "TARGET",
  ANY = "ANY",
}

registerEnumType(DealSide, {
  name: "DealSide",
  description: "Which side of a deal a company or person is on.",
  valuesConfig: {
    INVESTOR: { description: "It invested (or bought)." },
    TARGET: { description: "It received the money (or was bought)." },
    ANY: { description: "Either side." },
  },
});

@ArgsType()
export class CompanyInvestmentsArgs extends InvestmentsArgs {
  @Field(() => DealSide, { nullable: true, defaultValue: DealSide.ANY, description: "Deals on which side of them: ANY by default." })
  side?: DealSide | null;
}
