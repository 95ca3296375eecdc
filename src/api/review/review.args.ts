// Arguments of duplicateCandidates.
import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "../common/page.args.js";
import { DuplicateKind } from "./review.type.js";

@ArgsType()
export class DuplicateCandidatesArgs extends PageArgs {
  @Field(() => DuplicateKind, { nullable: true, defaultValue: DuplicateKind.DEAL, description: "What the possible duplicates are: deals by default." })
  kind?: DuplicateKind | null;
}
