// Who did something (a decision, a draft's save): the name a person gives and the
// fingerprint of the editor token used, never the token itself.
import { createHash } from "node:crypto";
import { z } from "zod";

/** The `by` argument: a name, 1 to 200 characters. */
export const byRule = z
  .string()
  .refine((s) => s.trim().length > 0, { error: "must not be empty" })
  .refine((s) => s.length <= 200, { error: (i) => `must be at most 200 characters, got ${(i.input as string).length}` });

/** "Ada (token 1a2b3c4d)", or the fingerprint alone when no name is given. */
export function whoDecided(ctx: { token?: string }, by: string | null | undefined): string {
  const token = ctx.token ? `token ${createHash("sha256").update(ctx.token).digest("hex").slice(0, 8)}` : "no token";
  return by ? `${by.trim()} (${token})` : token;
}
