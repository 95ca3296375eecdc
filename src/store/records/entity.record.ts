// A company or a person as a query returns either: one projection, one reader.
import { row } from "../common/index.js";
import { type CompanyRecord, companyProjection, toCompany } from "./company.record.js";
import { type PersonRecord, personProjection, toPerson } from "./person.record.js";

export type EntityRecord = CompanyRecord | PersonRecord;

/** The Cypher map of company-or-person `v`, read back by toEntity. */
export const entityProjection = (v: string) => `CASE WHEN ${v}:Company THEN ${companyProjection(v)} ELSE ${personProjection(v)} END`;

/** Reads back an entityProjection. */
export function toEntity(value: unknown): EntityRecord {
  return row(value).__typename === "Company" ? toCompany(value) : toPerson(value);
}
