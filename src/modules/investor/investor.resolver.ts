// Query.investors: companies and people who invest, filtered and sorted by their figures.
import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Info, Query, Resolver } from "type-graphql";
import type { DealgraphContext } from "../../context.js";
import { checkId } from "../common/arguments.js";
import type { ConnectionRecord } from "../common/connection.type.js";
import { pageWants } from "../common/selection.js";
import type { EntityRecord } from "../node/node.repository.js";
import { InvestorsArgs } from "./investor.args.js";
import { investorPage } from "./investor.repository.js";
import { InvestorConnection } from "./investor.type.js";

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
