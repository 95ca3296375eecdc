// Relay cursor connections: one PageInfo type, and a factory for each node type's
// Edge and Connection types (CompanyConnection, CompanyEdge, ...).
import { Field, Int, ObjectType } from "type-graphql";

/** What a type-graphql decorator takes as the type of a field: here, a node type or a union. */
type ReturnTypeFunc = NonNullable<Parameters<typeof Field>[0]>;

@ObjectType({ description: "Where a page of a connection sits in the whole list." })
export class PageInfo {
  @Field(() => Boolean, { description: "True when more rows follow this page: pass endCursor as `after` to get them." })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "True when this page was asked for with `after`, so rows precede it." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first row of this page; null when the page is empty." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last row of this page; null when the page is empty." })
  endCursor!: string | null;
}

/** What a connection resolver returns; the node type is the module's record. */
export interface ConnectionRecord<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * The Edge and Connection object types of one node type. `node` is a thunk so that the
 * node's module and this one may import each other.
 *
 * @example
 *   export const CompanyConnection = connectionType("Company", "companies", () => Company);
 */
export function connectionType(name: string, plural: string, node: ReturnTypeFunc) {
  @ObjectType(`${name}Edge`, { description: `One row of ${name}Connection: a node and its cursor.` })
  class Edge {
    @Field(() => String, { description: "Opaque cursor of this row: pass it as `after` to continue after it." })
    cursor!: string;

    @Field(node, { description: `The ${name.toLowerCase()} of this row.` })
    node!: unknown;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${plural}, with the cursors to get the next one.` })
  class Connection {
    @Field(() => [Edge], { description: "The rows of this page, in the requested order." })
    edges!: Edge[];

    @Field(() => PageInfo, { description: "Whether more rows follow, and the cursors to continue." })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: `How many ${plural} match the filter, over all pages.` })
    totalCount!: number;
  }

  return Connection;
}
