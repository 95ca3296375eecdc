// Arguments of the inbox's queries and mutations.
import { Arg, ArgsType, Field, Int } from "type-graphql";
import { z } from "zod";
import { checked } from "../common/checks.js";
import { PageArgs } from "../common/page.args.js";
import { byRule } from "../common/who.js";
import { DraftStatus } from "./draft.type.js";

@ArgsType()
export class DraftsArgs extends PageArgs {
  @Field(() => DraftStatus, { defaultValue: DraftStatus.OPEN, description: "Which drafts: OPEN (the review queue) by default." })
  status!: DraftStatus;
}

const versionRule = z.number().int().min(1, { error: "a draft's versions start at 1" });

/** The version a change was made on (Draft.version as read). */
export const VersionArg = () =>
  Arg("version", () => Int, { description: "The version the change was made on (Draft.version as read): another one refuses it with CONFLICT.", validateFn: checked(versionRule, "version") });

/** Who acts (a name); the token's fingerprint is added. */
export const ByArg = () =>
  Arg("by", () => String, { nullable: true, description: "Who acts (a name); the editor token's fingerprint is added.", validateFn: checked(byRule, "by") });
