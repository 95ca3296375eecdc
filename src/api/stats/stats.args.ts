// Arguments of deal statistics: how to bucket, how to split, which deals.
import { ArgsType, Field, registerEnumType } from "type-graphql";
import { InvestmentWhere } from "../investment/index.js";
import { DealStatus, InvestmentKind } from "../investment/index.js";

export enum DealStatsGroup {
  YEAR = "YEAR",
  QUARTER = "QUARTER",
  MONTH = "MONTH",
  KIND = "KIND",
  STATUS = "STATUS",
}

registerEnumType(DealStatsGroup, {
  name: "DealStatsGroup",
  description: "How deals are bucketed along a chart's x axis.",
  valuesConfig: {
    YEAR: { description: "By year announced; every year from the first to the last, empty ones included." },
    QUARTER: { description: "By quarter announced (2024-Q1); deals dated only to the year are `unplaced`." },
    MONTH: { description: "By month announced (2024-03); deals dated only to the year are `unplaced`." },
    KIND: { description: "By kind of deal, every kind listed." },
    STATUS: { description: "By status, every status listed." },
  },
});

export enum DealStatsSplit {
  KIND = "KIND",
  STATUS = "STATUS",
}

registerEnumType(DealStatsSplit, {
  name: "DealStatsSplit",
  description: "How deals are split into series (stacked bars, one line each).",
  valuesConfig: {
    KIND: { description: "One series per kind of deal." },
    STATUS: { description: "One series per status." },
  },
});

@ArgsType()
export class DealStatsArgs {
  @Field(() => DealStatsGroup, { description: "The buckets: years, quarters, months, kinds or statuses." })
  groupBy!: DealStatsGroup;

  @Field(() => DealStatsSplit, { nullable: true, description: "Split each bucket into series by kind or status; one series, ALL, when absent." })
  splitBy?: DealStatsSplit | null;

  @Field(() => InvestmentWhere, { nullable: true, description: "Which deals; all when absent." })
  where?: InvestmentWhere | null;
}

/**
 * The most buckets a chart gets: a hundred years of months. A time axis has every period
 * from the first deal to the last, so one deal dated in year 1 would otherwise make a
 * monthly chart of 24,000 buckets; the latest 1,200 are kept, and earlier deals counted as
 * unplaced.
 */
export const MAX_BUCKETS = 1200;

/** The most series: one per kind or per status (or one, ALL). */
export const MAX_SERIES = Math.max(Object.keys(InvestmentKind).length, Object.keys(DealStatus).length, 1);
