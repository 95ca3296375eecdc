// The per-request loader of nodes by id, behind every lookup and reference by id.
import type DataLoader from "dataloader";
import { GraphQLError } from "graphql";
import { ErrorCode } from "../errors.js";
import { keyedLoader } from "../common/batch.js";
import type { Reader } from "../common/reader.js";
import { type NodeRecord, nodesByIds } from "./node.repository.js";

export type NodeLoader = DataLoader<string, NodeRecord | null>;

/** Records other queries returned, handed to the node loader so that a later lookup by id costs nothing. */
export type Prime = (records: Iterable<NodeRecord>) => void;

export function createNodeLoader(reader: Reader): { nodes: NodeLoader; prime: Prime } {
  const nodes: NodeLoader = keyedLoader((ids) => nodesByIds(reader, ids), () => null);
  const prime: Prime = (records) => {
    for (const r of records) nodes.prime(r.id, r);
  };
  return { nodes, prime };
}

/** The node with this id when it is a `typename`, else null (an id of another type is not found). */
export async function loadTyped<T extends NodeRecord["__typename"]>(
  nodes: NodeLoader,
  id: string,
  typename: T,
): Promise<Extract<NodeRecord, { __typename: T }> | null> {
  const found = await nodes.load(id);
  return found?.__typename === typename ? (found as Extract<NodeRecord, { __typename: T }>) : null;
}

/**
 * The other end of a fact, for a non-null field (a deal's target, a role's person): the
 * node, or NOT_FOUND when it is gone. A request reads the graph level by level, so a
 * removal (removeArticle) that lands between two levels can take away an end the level
 * before still saw: the client is told to ask again, rather than get an internal error.
 */
export async function loadEnd<T extends NodeRecord["__typename"]>(
  nodes: NodeLoader,
  id: string | null,
  typename: T,
  field: string,
): Promise<Extract<NodeRecord, { __typename: T }>> {
  const found = id === null ? null : await loadTyped(nodes, id, typename);
  if (found) return found;
  throw new GraphQLError(`${field}: ${id ?? "the " + typename.toLowerCase()} is no longer in the graph (removed while this request ran); ask again.`, {
    extensions: { code: ErrorCode.NOT_FOUND, field },
  });
}

/** Wraps a batch fetch of lists of nodes so that every node it returns primes the node loader. */
export function priming<T extends NodeRecord>(prime: Prime, fetch: (ids: string[]) => Promise<Map<string, T[]>>) {
  return async (ids: string[]): Promise<Map<string, T[]>> => {
    const found = await fetch(ids);
    for (const list of found.values()) prime(list);
    return found;
  };
}
