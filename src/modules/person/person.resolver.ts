// Person queries and the relationship fields of Person.
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { DealgraphContext } from "../../context.js";
import { badInput } from "../../errors.js";
import type { ArticleRecord } from "../article/article.record.js";
import { Article } from "../article/article.type.js";
import { checkId, checkName } from "../common/arguments.js";
import type { ConnectionRecord } from "../common/connection.type.js";
import type { InvestmentRecord } from "../investment/investment.record.js";
import { Investment } from "../investment/investment.type.js";
import { loadTyped } from "../node/node.loader.js";
import { type RoleRecord, whereCurrent } from "../role/role.record.js";
import { Role } from "../role/role.type.js";
import { PeopleArgs, PersonLookupArgs } from "./person.args.js";
import type { PersonRecord } from "./person.record.js";
import { peoplePage, personByName } from "./person.repository.js";
import { Person, PersonConnection } from "./person.type.js";

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: "A person by id, or by name or alias; null when there is none." })
  async person(@Args(() => PersonLookupArgs) { id, name }: PersonLookupArgs, @Ctx() { db, loaders }: DealgraphContext) {
    if (id != null && name != null) throw badInput("id", "give the person's id or their name, not both");
    if (id != null) return loadTyped(loaders.nodes, checkId(id, "id"), "Person");
    if (name != null) return personByName(db, checkName(name, "name"));
    throw badInput("id", "give the person's id or their name");
  }

  @Query(() => PersonConnection, { description: "People, filtered, by name, a page at a time." })
  people(@Args(() => PeopleArgs) args: PeopleArgs, @Ctx() { db }: DealgraphContext): Promise<ConnectionRecord<PersonRecord>> {
    args.where?.ids?.forEach((id, i) => checkId(id, `where.ids[${i}]`));
    if (args.where?.companyId != null) checkId(args.where.companyId, "where.companyId");
    return peoplePage(db, args);
  }

  @FieldResolver(() => [Role], { description: "Roles the person holds or held, latest first." })
  async roles(
    @Root() p: PersonRecord,
    @Arg("current", () => Boolean, { nullable: true, description: "true: only current roles; false: only past ones; absent: all." })
    current: boolean | null | undefined,
    @Ctx() { loaders }: DealgraphContext,
  ): Promise<RoleRecord[]> {
    return whereCurrent(await loaders.role.byPerson.load(p.id), current);
  }

  @FieldResolver(() => [Investment], { description: "Deals the person invested in, newest first." })
  investments(@Root() p: PersonRecord, @Ctx() { loaders }: DealgraphContext): Promise<InvestmentRecord[]> {
    return loaders.investment.byInvestor.load(p.id);
  }

  @FieldResolver(() => [Article], { description: "Articles that mention the person, newest first." })
  articles(@Root() p: PersonRecord, @Ctx() { loaders }: DealgraphContext): Promise<ArticleRecord[]> {
    return loaders.article.mentioning.load(p.id);
  }
}
