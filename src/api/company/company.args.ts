// Arguments of the company queries: filters, orderings, lookups.
import { ArgsType, Field, Float, ID, InputType, registerEnumType } from "type-graphql";
import { idList, idOrName, idRule, nameRule } from "../common/arguments.js";
import { Check, CheckArgs } from "../common/checks.js";
import { OrderDirection } from "../common/order.js";
import { PageArgs } from "../common/page.args.js";
import { CompanyKind } from "./company.type.js";

@ArgsType()
@CheckArgs(idOrName("the company's id or its name"))
export class CompanyLookupArgs {
  @Field(() => ID, { nullable: true, description: "The company's id. Give id or name." })
  @Check(idRule)
  id?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "A name or alias, compared case-, accent- and punctuation-insensitively, legal suffixes (Inc, SA, ...) ignored. Give id or name.",
  })
  @Check(nameRule)
  name?: string | null;
}

@InputType("CompanyWhere", { description: "Filters on companies; every filter given must hold." })
export class CompanyWhere {
  @Field(() => [ID], { nullable: true, description: "Only these companies." })
  @Check(idList())
  ids?: string[] | null;

  @Field(() => [CompanyKind], { nullable: true, description: "Only companies of these kinds (one kind may be given alone)." })
  kind?: CompanyKind[] | null;

  @Field(() => String, { nullable: true, description: "Only companies with a name or alias containing this text (case- and accent-insensitive)." })
  nameContains?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Only companies with a name or alias starting with this text (case- and accent-insensitive): what a type-ahead asks.",
  })
  nameStartsWith?: string | null;

  @Field(() => [String], { nullable: true, description: "Only companies based in one of these countries (ISO 3166-1 alpha-2, e.g. FR)." })
  country?: string[] | null;

  @Field(() => ID, { nullable: true, description: "Only companies this company or person invested in (its portfolio)." })
  @Check(idRule)
  investorId?: string | null;

  @Field(() => Float, { nullable: true, description: "Only companies whose totalRaisedUsd is at least this much." })
  minTotalRaisedUsd?: number | null;

  @Field(() => Float, { nullable: true, description: "Only companies whose totalRaisedUsd is at most this much (companies without one are left out)." })
  maxTotalRaisedUsd?: number | null;
}

export enum CompanyOrderField {
  NAME = "NAME",
  TOTAL_RAISED_USD = "TOTAL_RAISED_USD",
  DEAL_COUNT = "DEAL_COUNT",
  TOTAL_INVESTED_USD = "TOTAL_INVESTED_USD",
  LATEST_VALUATION_USD = "LATEST_VALUATION_USD",
}

registerEnumType(CompanyOrderField, {
  name: "CompanyOrderField",
  description: "What companies can be sorted by; ties are broken by id.",
  valuesConfig: {
    NAME: { description: "Display name, case-insensitively." },
    TOTAL_RAISED_USD: { description: "totalRaisedUsd; companies without one come last." },
    DEAL_COUNT: { description: "dealCount: deals the company invested in plus deals it received." },
    TOTAL_INVESTED_USD: { description: "totalInvestedUsd, as an investor; companies without one come last." },
    LATEST_VALUATION_USD: { description: "latestValuation in US dollars; companies without one come last." },
  },
});

@InputType("CompanyOrder", { description: "How to sort companies." })
export class CompanyOrder {
  @Field(() => CompanyOrderField, { description: "The sort field." })
  field!: CompanyOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: "The direction, ASC by default." })
  direction!: OrderDirection;
}

@ArgsType()
export class CompaniesArgs extends PageArgs {
  @Field(() => CompanyWhere, { nullable: true, description: "Filters; all companies when absent." })
  where?: CompanyWhere | null;

  @Field(() => CompanyOrder, { nullable: true, description: "Sort order; by name when absent." })
  orderBy?: CompanyOrder | null;
}
