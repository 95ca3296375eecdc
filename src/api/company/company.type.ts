// The Company object type and its enum. Relationship fields are declared by
// company.resolver.ts, which resolves them.
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { connectionType } from "../common/connection.type.js";
import { enumOf } from "../common/enum.js";
import { Node } from "../common/node.type.js";
import { COMPANY_KINDS, type CompanyKindName } from "../../domain/vocabulary.js";

export const CompanyKind = enumOf(COMPANY_KINDS);
export type CompanyKind = CompanyKindName;

registerEnumType(CompanyKind, {
  name: "CompanyKind",
  description: "What a company mainly is.",
  valuesConfig: {
    COMPANY: { description: "An operating business (the default)." },
    INVESTOR: { description: "An investment firm or fund." },
    RESEARCH: { description: "A research firm, lab or analyst." },
    MEDIA: { description: "A news outlet or publisher." },
    OTHER: { description: "Anything else." },
  },
});

@ObjectType("Company", { implements: Node, description: "A company: an operating business, an investor, a lab, an outlet." })
export class Company implements Node {
  @Field(() => ID, { description: "Stable slug id, e.g. `scale-ai`." })
  id!: string;

  @Field(() => String, { description: "Display name: the name the company was first recorded with." })
  name!: string;

  @Field(() => [String], { description: "Other names articles use for it (e.g. Meta Platforms, Facebook)." })
  aliases!: string[];

  @Field(() => CompanyKind, { description: "What the company mainly is." })
  kind!: CompanyKind;

  @Field(() => String, { nullable: true, description: "Web site, when an article gives it." })
  website!: string | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 country code, when an article gives it." })
  country!: string | null;

  @Field(() => String, { nullable: true, description: "Short description, when an article gives one." })
  description!: string | null;
}

export const CompanyConnection = connectionType("Company", "companies", () => Company);
