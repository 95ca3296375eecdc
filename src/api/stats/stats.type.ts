// Deal statistics shaped for charts: buckets for the x axis, series aligned with them.
import { Field, Float, Int, ObjectType } from "type-graphql";
import { HoldsAtMost } from "../common/list-bound.js";
import { DealStatsGroup, MAX_BUCKETS, MAX_SERIES } from "./stats.args.js";

@ObjectType("DealBucket", { description: "The deals of one bucket (a year, a quarter, a kind, ...)." })
export class DealBucket {
  @Field(() => String, { description: 'Sortable key: "2024", "2024-Q1", "2024-03", "FUNDING_ROUND", "UNPLACED", "ALL".' })
  key!: string;

  @Field(() => String, { description: 'For an axis: "2024", "Q1 2024", "Mar 2024", "Funding round".' })
  label!: string;

  @Field(() => Int, { description: "How many deals." })
  dealCount!: number;

  @Field(() => Float, { description: "Sum of their amounts in US dollars, 0 when none is known." })
  totalUsd!: number;

  @Field(() => Int, { description: "How many of them have a known amount in US dollars (what totalUsd sums)." })
  amountKnownCount!: number;

  @Field(() => Float, { nullable: true, description: "totalUsd / amountKnownCount; null when no amount is known." })
  averageUsd!: number | null;
}

@ObjectType("DealSeries", { description: "One series of a chart: a value per bucket, in the order of `buckets`." })
export class DealSeries {
  @Field(() => String, { description: 'The split value ("FUNDING_ROUND", "COMPLETED"), or "ALL" without splitBy.' })
  key!: string;

  @Field(() => String, { description: "For a legend." })
  label!: string;

  @Field(() => [Int], { description: "Deal counts, one per bucket." })
  dealCount!: number[];

  @Field(() => [Float], { description: "Totals in US dollars, one per bucket (0 when none is known)." })
  totalUsd!: number[];
}

@ObjectType("DealStats", { description: "Deal volume by bucket, ready for a chart: `buckets` is the x axis, each of `series` a line or a stack." })
export class DealStats {
  @Field(() => DealStatsGroup, { description: "How the buckets were made." })
  groupBy!: DealStatsGroup;

  @Field(() => [DealBucket], {
    description: `In order; for time groupings every period from the first to the last deal, empty ones included, at most the latest ${MAX_BUCKETS} (deals before them count in unplaced).`,
  })
  @HoldsAtMost(MAX_BUCKETS)
  buckets!: DealBucket[];

  @Field(() => [DealSeries], { description: "One per split value that has deals (or one, ALL), values aligned with buckets." })
  @HoldsAtMost(MAX_SERIES)
  series!: DealSeries[];

  @Field(() => DealBucket, { description: `Deals that fit no bucket: undated, dated too coarsely (a year, for QUARTER or MONTH), or before the latest ${MAX_BUCKETS} periods.` })
  unplaced!: DealBucket;

  @Field(() => DealBucket, { description: "All the deals that match." })
  total!: DealBucket;
}
