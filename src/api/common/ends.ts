// The other end of a fact, for a non-null field (a deal's target, a role's person).
import { GraphQLError } from "graphql";
import { ErrorCode } from "../errors.js";

/**
 * The end `lookup` found, or NOT_FOUND when it is gone. A request reads the graph level
 * by level, so a removal (removeArticle) that lands between two levels can take away an
 * end the level before still saw: the client is told to ask again, rather than get an
 * internal error.
 *
 * @example requireEnd(i.targetId, "Company", "Investment.target", (id) => stores.entities.byId("Company", id))
 */
export async function requireEnd<T>(id: string | null, typename: string, field: string, lookup: (id: string) => Promise<T | null>): Promise<T> {
  const found = id === null ? null : await lookup(id);
  if (found) return found;
  throw new GraphQLError(`${field}: ${id ?? "the " + typename.toLowerCase()} is no longer in the graph (removed while this request ran); ask again.`, {
    extensions: { code: ErrorCode.NOT_FOUND, field },
  });
}
