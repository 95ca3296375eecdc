// Small readers for the maps that projections return: Cypher gives null for a missing
// property, and older nodes may lack a list property altogether.
import type { Row } from "../../db/db.js";

export const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
// Not finite is unknown: GraphQL cannot send Infinity or NaN (they would fail the whole field).
export const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
export const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
export const row = (v: unknown): Row => (v && typeof v === "object" ? (v as Row) : {});
