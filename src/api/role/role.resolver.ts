// The relationship fields of Role.
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { DealgraphContext } from "../context.js";
import { requireEnd } from "../common/ends.js";
import { type CompanyRecord, isCurrent, type MoveRecord, type PersonRecord, type RoleRecord, type SourceRecord } from "../../store/index.js";
import { BoundedBy, FirstArg, firstOf, LIST_BOUND, sizeOf } from "../common/list-bound.js";
import { Source } from "../common/source.type.js";
import { Company } from "../company/index.js";
import { Person } from "../person/index.js";
import { ExecutiveMovesArgs, MOVES_BOUND } from "./role.args.js";
import { ExecutiveMove, Role } from "./role.type.js";

@Resolver(() => Role)
export class RoleResolver {
  @FieldResolver(() => Person, { description: "Who holds the role." })
  person(@Root() r: RoleRecord, @Ctx() { stores }: DealgraphContext): Promise<PersonRecord> {
    return requireEnd(r.personId, "Person", "Role.person", (id) => stores.entities.byId("Person", id));
  }

  @FieldResolver(() => Company, { description: "Where the role is held." })
  company(@Root() r: RoleRecord, @Ctx() { stores }: DealgraphContext): Promise<CompanyRecord> {
    return requireEnd(r.companyId, "Company", "Role.company", (id) => stores.entities.byId("Company", id));
  }

  @Query(() => [ExecutiveMove], {
    description: "People who left a role at one company and later took one at another, latest move first: who moved between these companies?",
  })
  @BoundedBy(MOVES_BOUND)
  async executiveMoves(@Args(() => ExecutiveMovesArgs) args: ExecutiveMovesArgs, @Ctx() { stores }: DealgraphContext): Promise<MoveRecord[]> {
    const first = sizeOf(args.first, MOVES_BOUND);
    return stores.roles.moves({ ...args, first });
  }

  @FieldResolver(() => Boolean, { description: "True when the role is held today: it has begun (or its start is unknown) and has no end, or ends after today." })
  current(@Root() r: RoleRecord): boolean {
    return isCurrent(r);
  }

  @FieldResolver(() => [Source], { description: "The articles that report the role, newest first, each with its evidence and dates." })
  @BoundedBy(LIST_BOUND)
  async sources(@Root() r: RoleRecord, @FirstArg(LIST_BOUND, "sources") first: number | null, @Ctx() { stores }: DealgraphContext): Promise<SourceRecord[]> {
    return firstOf(await stores.articles.sourcesOf(r.id), first, LIST_BOUND);
  }
}
