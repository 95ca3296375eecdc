// The RoundStage enum, shared by a deal (Investment.stage) and each of its sources (Source.stage).
import { registerEnumType } from "type-graphql";
import { ROUND_STAGES, type RoundStageName } from "../../domain/vocabulary.js";
import { enumOf } from "./enum.js";

export const RoundStage = enumOf(ROUND_STAGES);
export type RoundStage = RoundStageName;

registerEnumType(RoundStage, {
  name: "RoundStage",
  description: "The stage of a funding round, as news labels it (seed, Series A ... Series J, bridge, growth, IPO).",
});
