// Query.investors: companies and people who invest, filtered and sorted by their figures.
import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import type { DealgraphContext } from "../context.js";
import { checkId } from "../common/arguments.js";
import type { ConnectionRecord } from "../common/connection.type.js";
import { BoundedBy, FirstArg, firstOf, LIST_BOUND } from "../common/list-bound.js";
import { pageWants } from "../common/selection.js";
import type { InvestmentRecord } from "../investment/investment.record.js";
import { Investment } from "../investment/investment.type.js";
import type { EntityRecord } from "../node/node.repository.js";
import type { CoInvestorRecord, InvestorTotalRecord } from "./investor.repository.js";
import { InvestorsArgs } from "./investor.args.js";
import { investorPage } from "./investor.repository.js";
import { CoInvestor, InvestorConnection, InvestorTotal } from "./investor.type.js";

@Resolver()
export class InvestorResolver {
  @Query(() => InvestorConnection, {
    description: "Companies and people with at least one deal as investor, filtered, sorted (by total invested, deal count, ...), a page at a time.",
  })
  investors(
    @Args(() => InvestorsArgs) args: InvestorsArgs,
    @Ctx() { loaders }: DealgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionRecord<EntityRecord>> {
    args.where?.ids?.forEach((id, i) => checkId(id, `where.ids[${i}]`));
    for (const key of ["investedInId", "coInvestorOfId"] as const) {
      const id = args.where?.[key];
      if (id != null) checkId(id, `where.${key}`);
    }
    return investorPage(loaders.reader, args, pageWants(info));
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
