// Arguments of the investor queries: filters and orderings of the investors listing.
import { ArgsType, Field, Float, ID, InputType, registerEnumType } from "type-graphql";
import { idList, idRule } from "../common/arguments.js";
import { Check } from "../common/checks.js";
import type { ListBound } from "../common/list-bound.js";
import { EntityType } from "../common/entity.type.js";
import { OrderDirection } from "../common/order.js";
import { PageArgs } from "../common/page.args.js";
import { PartialDateScalar } from "../common/partial-date.scalar.js";
import { CompanyKind } from "../company/index.js";
import { InvestmentKind } from "../investment/index.js";

@InputType("InvestorWhere", { description: "Filters on investors (companies and people with at least one deal as investor); every filter given must hold." })
export class InvestorWhere {
  @Field(() => [ID], { nullable: true, description: "Only these investors." })
  @Check(idList())
  ids?: string[] | null;

  @Field(() => [EntityType], { nullable: true, description: "Only companies, or only people." })
  types?: EntityType[] | null;

  @Field(() => [CompanyKind], { nullable: true, description: "Only companies of these kinds (people are left out)." })
  companyKind?: CompanyKind[] | null;

  @Field(() => String, { nullable: true, description: "Only investors with a name or alias starting with this text (case- and accent-insensitive)." })
  nameStartsWith?: string | null;

  @Field(() => String, { nullable: true, description: "Only investors with a name or alias containing this text (case- and accent-insensitive)." })
  nameContains?: string | null;

  @Field(() => [String], { nullable: true, description: "Only companies based in one of these countries (ISO 3166-1 alpha-2)." })
  country?: string[] | null;

  @Field(() => ID, { nullable: true, description: "Only investors in this company." })
  @Check(idRule)
  investedInId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only those who invested in a deal alongside this company or person." })
  @Check(idRule)
  coInvestorOfId?: string | null;

  @Field(() => [InvestmentKind], { nullable: true, description: "Only investors in a deal of these kinds (with the date bounds below, the same deal)." })
  dealKind?: InvestmentKind[] | null;

  @Field(() => PartialDateScalar, { nullable: true, description: "Only investors in a deal announced on or after this date." })
  investedFrom?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Only investors in a deal announced on or before this date, inclusive ("2025" takes in all of 2025).' })
  investedTo?: string | null;

  @Field(() => Float, { nullable: true, description: "Only investors whose totalInvestedUsd is at least this much." })
  minTotalInvestedUsd?: number | null;
}

export enum InvestorOrderField {
  NAME = "NAME",
  DEAL_COUNT = "DEAL_COUNT",
  TOTAL_INVESTED_USD = "TOTAL_INVESTED_USD",
  PORTFOLIO_SIZE = "PORTFOLIO_SIZE",
  LEAD_COUNT = "LEAD_COUNT",
}

registerEnumType(InvestorOrderField, {
  name: "InvestorOrderField",
  description: "What investors can be sorted by, over all their deals (filters choose investors, not deals); ties are broken by id.",
  valuesConfig: {
    NAME: { description: "Display name, case-insensitively." },
    DEAL_COUNT: { description: "investmentCount: deals it invested in." },
    TOTAL_INVESTED_USD: { description: "totalInvestedUsd; investors without a known amount come last." },
    PORTFOLIO_SIZE: { description: "How many distinct companies it invested in." },
    LEAD_COUNT: { description: "How many deals it led." },
  },
});

@InputType("InvestorOrder", { description: "How to sort investors." })
export class InvestorOrder {
  @Field(() => InvestorOrderField, { description: "The sort field." })
  field!: InvestorOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: "The direction, ASC by default." })
  direction!: OrderDirection;
}

@ArgsType()
export class InvestorsArgs extends PageArgs {
  @Field(() => InvestorWhere, { nullable: true, description: "Filters; every investor when absent." })
  where?: InvestorWhere | null;

  @Field(() => InvestorOrder, { nullable: true, description: "Sort order; by total invested, largest first, when absent." })
  orderBy?: InvestorOrder | null;
}

/** `first` of a coInvestors field. */
export const CO_INVESTORS_BOUND: ListBound = { default: 10, min: 1, max: 100 };
