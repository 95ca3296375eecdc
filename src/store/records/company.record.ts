// A company as it leaves the store: its Cypher projection and the plain record it maps to.
import type { COMPANY_KINDS } from "../../domain/vocabulary.js";
import { row, str, strs } from "../common/index.js";

type CompanyKind = (typeof COMPANY_KINDS)[number];

export interface CompanyRecord {
  __typename: "Company";
  id: string;
  name: string;
  aliases: string[];
  kind: CompanyKind;
  website: string | null;
  country: string | null;
  description: string | null;
}

/** The Cypher map of company `v`, read back by toCompany. */
export const companyProjection = (v: string) =>
  `${v} { __typename: 'Company', .id, .name, .aliases, .kind, .website, .country, .description }`;

export function toCompany(value: unknown): CompanyRecord {
  const r = row(value);
  return {
    __typename: "Company",
    id: String(r.id),
    name: String(r.name),
    aliases: strs(r.aliases),
    kind: str(r.kind) as CompanyKind,
    website: str(r.website),
    country: str(r.country),
    description: str(r.description),
  };
}
