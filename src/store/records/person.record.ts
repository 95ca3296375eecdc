// A person as it leaves the store: its Cypher projection and the plain record it maps to.
import { row, strs } from "../common/index.js";

export interface PersonRecord {
  __typename: "Person";
  id: string;
  name: string;
  aliases: string[];
}

/** The Cypher map of person `v`, read back by toPerson. */
export const personProjection = (v: string) => `${v} { __typename: 'Person', .id, .name, .aliases }`;

export function toPerson(value: unknown): PersonRecord {
  const r = row(value);
  return { __typename: "Person", id: String(r.id), name: String(r.name), aliases: strs(r.aliases) };
}
