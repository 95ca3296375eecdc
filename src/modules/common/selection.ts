// What a client selected under a field, read from the resolver's GraphQLResolveInfo, so
// that a repository skips the work of fields nobody asked for.
import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from "graphql";
import type { PageWants } from "./pagination.js";

/** The names of the fields selected directly under the current field, through fragments. */
export function selectedFields(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) names.add(s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) visit(s.selectionSet);
      else visit(info.fragments[s.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return names;
}

/** Which parts of a connection the client selected (see PageWants). */
export function pageWants(info: GraphQLResolveInfo): PageWants {
  const fields = selectedFields(info);
  return { totalCount: fields.has("totalCount"), rows: fields.has("edges") || fields.has("pageInfo") };
}
