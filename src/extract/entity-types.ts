// The extractor's entities: one the graph knows (KnownEntity), one found in the article
// (FoundEntity) and each place the article names it (EntityMention). A leaf: the steps of
// entities.ts, the clause readers and the deal and role patterns all share it.
import type { COMPANY_KINDS } from "../domain/vocabulary.js";
import type { Span } from "./text.js";

export type EntityType = "Company" | "Person";

/** An entity of the graph, as the extractor needs it. */
export interface KnownEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
}

/** An entity of the article: a known one, or a new candidate. */
export interface FoundEntity {
  /** Local identity while extracting: "known:<id>" or "new:<name key>". */
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** What the text says the company mainly is, when it says (a news source, a study's author, an investor). */
  kind?: Extract<(typeof COMPANY_KINDS)[number], "INVESTOR" | "MEDIA" | "RESEARCH">;
  /** False when nothing in the text said company or person: a fact may settle it. */
  typeCertain: boolean;
  /** The graph's entity, when matched. */
  known?: KnownEntity;
  /** Several graph entities share the name: the reviewer picks. */
  ambiguous?: KnownEntity[];
  confidence: number;
  /** The rule that typed it: "entity.gazetteer" (a name of the graph), "entity.people-lexicon", "entity.cue.<cue>", "entity.nlp.person"... (candidates.ts, entities.ts). */
  rule: string;
  /** Why it is proposed, for the draft's comments. */
  reasons: string[];
  mentions: EntityMention[];
}

export interface EntityMention extends Span {
  entity: FoundEntity;
  sentence: number;
}
