// The relationship fields of Role.
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { DealgraphContext } from "../context.js";
import { BoundedBy, checkFirst, FirstArg, firstOf, LIST_BOUND } from "../common/list-bound.js";
import type { SourceRecord } from "../common/source.record.js";
import { Source } from "../common/source.type.js";
import type { CompanyRecord } from "../company/company.record.js";
import { Company } from "../company/company.type.js";
import { loadEnd } from "../node/node.loader.js";
import type { PersonRecord } from "../person/person.record.js";
import { Person } from "../person/person.type.js";
import { checkId } from "../common/arguments.js";
import { ExecutiveMovesArgs, MOVES_BOUND } from "./role.args.js";
import { isCurrent, type RoleRecord } from "./role.record.js";
import { executiveMoves, type MoveRecord } from "./role.repository.js";
import { ExecutiveMove, Role } from "./role.type.js";

@Resolver(() => Role)
export class RoleResolver {
  @FieldResolver(() => Person, { description: "Who holds the role." })
  person(@Root() r: RoleRecord, @Ctx() { loaders }: DealgraphContext): Promise<PersonRecord> {
    return loadEnd(loaders.nodes, r.personId, "Person", "Role.person");
  }

  @FieldResolver(() => Company, { description: "Where the role is held." })
  company(@Root() r: RoleRecord, @Ctx() { loaders }: DealgraphContext): Promise<CompanyRecord> {
    return loadEnd(loaders.nodes, r.companyId, "Company", "Role.company");
  }

  @Query(() => [ExecutiveMove], {
    description: "People who left a role at one company and later took one at another, latest move first: who moved between these companies?",
  })
  @BoundedBy(MOVES_BOUND)
  async executiveMoves(@Args(() => ExecutiveMovesArgs) args: ExecutiveMovesArgs, @Ctx() { loaders }: DealgraphContext): Promise<MoveRecord[]> {
    const first = checkFirst(args.first, MOVES_BOUND);
    args.companyIds?.forEach((id, i) => checkId(id, `companyIds[${i}]`));
    if (args.fromId != null) checkId(args.fromId, "fromId");
    if (args.toId != null) checkId(args.toId, "toId");
    const moves = await executiveMoves(loaders.reader, { ...args, first });
    for (const m of moves) loaders.prime([m.person, m.from, m.to]);
    return moves;
  }

  @FieldResolver(() => Boolean, { description: "True when the role is held today: it has begun (or its start is unknown) and has no end, or ends after today." })
  current(@Root() r: RoleRecord): boolean {
    return isCurrent(r);
  }

  @FieldResolver(() => [Source], { description: "The articles that report the role, newest first, each with its evidence and dates." })
  @BoundedBy(LIST_BOUND)
  async sources(@Root() r: RoleRecord, @FirstArg(LIST_BOUND, "sources") first: number | null, @Ctx() { loaders }: DealgraphContext): Promise<SourceRecord[]> {
    return firstOf(await loaders.article.sources.load(r.id), first, LIST_BOUND);
  }
}
