// Queries only editors may send (the review inbox's drafts), marked in the schema so that
// the schema-walking tests know which fields answer only an editor token. Mutations need
// one anyway; the resolver still calls requireAccess(ctx, "write"), which decides.
import { Extensions } from "type-graphql";

/** The field extension that marks a query as editors-only. */
export const EDITORS_ONLY = "editorsOnly";

/** Marks a query field as editors-only (decorator, beside the resolver's requireAccess). */
export function EditorsOnly(): MethodDecorator & PropertyDecorator {
  return Extensions({ [EDITORS_ONLY]: true });
}
