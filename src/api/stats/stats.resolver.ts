// Query.dealStats: deal volume over time or by kind, for charts.
import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { DealgraphContext } from "../context.js";
import type { DealStatsRecord } from "../../store/index.js";
import { DealStatsArgs, MAX_BUCKETS } from "./stats.args.js";
import { DealStats } from "./stats.type.js";

@Resolver()
export class StatsResolver {
  @Query(() => DealStats, {
    description: "How many deals and how many US dollars, by year, quarter, month, kind or status, optionally split into series: a time series a chart draws as is.",
  })
  dealStats(@Args(() => DealStatsArgs) args: DealStatsArgs, @Ctx() { stores }: DealgraphContext): Promise<DealStatsRecord> {
    return stores.stats.deals({ ...args, maxBuckets: MAX_BUCKETS });
  }
}
