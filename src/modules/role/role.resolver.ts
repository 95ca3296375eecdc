// The relationship fields of Role.
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { DealgraphContext } from "../../context.js";
import type { SourceRecord } from "../common/source.record.js";
import { Source } from "../common/source.type.js";
import type { CompanyRecord } from "../company/company.record.js";
import { Company } from "../company/company.type.js";
import { loadTyped } from "../node/node.loader.js";
import type { PersonRecord } from "../person/person.record.js";
import { Person } from "../person/person.type.js";
import { isCurrent, type RoleRecord } from "./role.record.js";
import { Role } from "./role.type.js";

@Resolver(() => Role)
export class RoleResolver {
  @FieldResolver(() => Person, { description: "Who holds the role." })
  person(@Root() r: RoleRecord, @Ctx() { loaders }: DealgraphContext): Promise<PersonRecord | null> {
    return r.personId === null ? Promise.resolve(null) : loadTyped(loaders.nodes, r.personId, "Person");
  }

  @FieldResolver(() => Company, { description: "Where the role is held." })
  company(@Root() r: RoleRecord, @Ctx() { loaders }: DealgraphContext): Promise<CompanyRecord | null> {
    return r.companyId === null ? Promise.resolve(null) : loadTyped(loaders.nodes, r.companyId, "Company");
  }

  @FieldResolver(() => Boolean, { description: "True when the role has no end date, or ends after today." })
  current(@Root() r: RoleRecord): boolean {
    return isCurrent(r);
  }

  @FieldResolver(() => [Source], { description: "The articles that report the role, newest first, each with its evidence and dates." })
  sources(@Root() r: RoleRecord, @Ctx() { loaders }: DealgraphContext): Promise<SourceRecord[]> {
    return loaders.article.sources.load(r.id);
  }
}
