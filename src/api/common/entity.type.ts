// The Entity and Investor unions: a company or a person.
import { createUnionType, registerEnumType } from "type-graphql";
import { Company } from "../company/index.js";
import { Person } from "../person/index.js";
import { typenameOf } from "./node.type.js";

export const Entity = createUnionType({
  name: "Entity",
  description: "Something facts connect: a company or a person.",
  types: () => [Company, Person] as const,
  resolveType: typenameOf,
});

export const Investor = createUnionType({
  name: "Investor",
  description: "Who invests in a deal: a company (or fund) or a person.",
  types: () => [Company, Person] as const,
  resolveType: typenameOf,
});

export enum EntityType {
  COMPANY = "COMPANY",
  PERSON = "PERSON",
}

registerEnumType(EntityType, {
  name: "EntityType",
  description: "What kind of entity: a company or a person.",
  valuesConfig: {
    COMPANY: { description: "A company (an operating business, a fund, a lab, an outlet)." },
    PERSON: { description: "A person." },
  },
});
