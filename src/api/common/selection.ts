// What a client selected under a field, read from the resolver's GraphQLResolveInfo, so
// that a store skips the work of fields nobody asked for.
import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from "graphql";
import type { PageWants } from "../../store/index.js";

/**
 * The names of the fields selected under the current field, through fragments; with a
 * `path`, under that subfield (["edges", "node"] of a connection: which fields of its nodes).
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[] = []): Set<string> {
  const fields = (sets: Array<SelectionSetNode | undefined>) => {
    const found: Array<{ name: string; set: SelectionSetNode | undefined }> = [];
    const visit = (set: SelectionSetNode | undefined) => {
      for (const s of set?.selections ?? []) {
        if (s.kind === Kind.FIELD) found.push({ name: s.name.value, set: s.selectionSet });
        else if (s.kind === Kind.INLINE_FRAGMENT) visit(s.selectionSet);
        else visit(info.fragments[s.name.value]?.selectionSet);
      }
    };
    sets.forEach(visit);
    return found;
  };
  let level = fields(info.fieldNodes.map((n) => n.selectionSet));
  for (const name of path) level = fields(level.filter((f) => f.name === name).map((f) => f.set));
  return new Set(level.map((f) => f.name));
}

/** The nodes of the fields called `name` selected under the current field (each alias its own), through fragments. */
export function selectedFieldNodes(info: GraphQLResolveInfo, name: string): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) {
        if (s.name.value === name) found.push(s);
      } else if (s.kind === Kind.INLINE_FRAGMENT) visit(s.selectionSet);
      else visit(info.fragments[s.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return found;
}

/** Which parts of a connection the client selected (see PageWants). */
export function pageWants(info: GraphQLResolveInfo): PageWants {
  const fields = selectedFields(info);
  return { totalCount: fields.has("totalCount"), rows: fields.has("edges") || fields.has("pageInfo") };
}
