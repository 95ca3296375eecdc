// Query.investors: companies and people who invest, filtered and sorted by their figures.
import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import type { DealgraphContext } from "../context.js";
import { pageSize } from "../common/pagination.js";
import { type CoInvestorRecord, type EntityRecord, type InvestmentRecord, type InvestorTotalRecord } from "../../store/index.js";
import type { ConnectionRecord } from "../common/connection.type.js";
import { BoundedBy, FirstArg, firstOf, LIST_BOUND } from "../common/list-bound.js";
import { pageWants } from "../common/selection.js";
import { Investment } from "../investment/index.js";
import { InvestorsArgs } from "./investor.args.js";
import { CoInvestor, InvestorConnection, InvestorTotal } from "./investor.type.js";

@Resolver()
export class InvestorResolver {
  @Query(() => InvestorConnection, {
    description: "Companies and people with at least one deal as investor, filtered, sorted (by total invested, deal count, ...), a page at a time.",
  })
  investors(
    @Args(() => InvestorsArgs) args: InvestorsArgs,
    @Ctx() { stores }: DealgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionRecord<EntityRecord>> {
    return stores.entities.investors({ ...args, first: pageSize(args.first) }, pageWants(info));
  }
}

@Resolver(() => CoInvestor)
export class CoInvestorResolver {
  @FieldResolver(() => [Investment], { description: "The deals they both invested in, newest first." })
  @BoundedBy(LIST_BOUND)
  investments(@Root() c: CoInvestorRecord, @FirstArg(LIST_BOUND, "deals") first: number | null): InvestmentRecord[] {
    return firstOf(c.investments, first, LIST_BOUND);
  }
}

@Resolver(() => InvestorTotal)
export class InvestorTotalResolver {
  @FieldResolver(() => [Investment], { description: "Its deals in the company, oldest first." })
  @BoundedBy(LIST_BOUND)
  investments(@Root() t: InvestorTotalRecord, @FirstArg(LIST_BOUND, "deals") first: number | null): InvestmentRecord[] {
    return firstOf(t.investments, first, LIST_BOUND);
  }
}
