// The review inbox's types: a draft (what the extractor proposed from one text, kept until
// published or discarded), its article, entities, deals, roles and the loader's problems.
// src/domain/drafts.ts has the model; src/store/drafts/ keeps it.
import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DRAFT_FORMATS, DRAFT_STATUSES, type DraftFormatName, type DraftStatusName, FACT_DECISIONS, type FactDecisionName } from "../../domain/drafts.js";
import { DEFAULT_ARTICLE_LIMITS } from "../../ingest/limits.js";
import { connectionType } from "../common/connection.type.js";
import { enumOf } from "../common/enum.js";
import { HoldsAtMost } from "../common/list-bound.js";
import { Money } from "../common/money.type.js";
import { PartialDateScalar } from "../common/partial-date.scalar.js";
import { RoundStage } from "../common/round-stage.type.js";
import { CompanyKind } from "../company/index.js";
import { IngestReport } from "../ingest/index.js";
import { DealStatus, InvestmentKind } from "../investment/index.js";

export const DraftStatus = enumOf(DRAFT_STATUSES);
export type DraftStatus = DraftStatusName;
registerEnumType(DraftStatus, {
  name: "DraftStatus",
  description: "Where a draft is in review.",
  valuesConfig: {
    OPEN: { description: "Waiting for review: it can be saved, published or discarded." },
    PUBLISHED: { description: "Its accepted facts were loaded into the graph (publishedArticleId)." },
    DISCARDED: { description: "Set aside; nothing of it was loaded." },
  },
});

export const DraftFormat = enumOf(DRAFT_FORMATS);
export type DraftFormat = DraftFormatName;
registerEnumType(DraftFormat, {
  name: "DraftFormat",
  description: "What a draft was made from: plain text, Markdown (its inline markup taken out) or a saved web page (its main text, read with Readability).",
});

export const FactDecision = enumOf(FACT_DECISIONS);
export type FactDecision = FactDecisionName;
registerEnumType(FactDecision, {
  name: "FactDecision",
  description:
    "A reviewer's word on a proposed entity, deal or role. Only ACCEPTED deals and roles are published, with the entities they use and the ACCEPTED entities. A new draft has ACCEPTED where the extractor's confidence reached its threshold, PENDING elsewhere.",
});

/** The most mentions a draft keeps of one entity (the first ones). */
export const MAX_MENTIONS = 100;
/** The most graph entities a draft offers for one ambiguous name. */
export const MAX_CANDIDATES = 50;
/** The most problems a draft holds: one per entity and fact at most, and a few of the article's own. */
export const MAX_PROBLEMS = DEFAULT_ARTICLE_LIMITS.maxEntities + DEFAULT_ARTICLE_LIMITS.maxFacts + 20;

@ObjectType("TextSpan", { description: "A stretch of the draft's body by character offsets (UTF-16 code units, as JavaScript counts): body.slice(start, end)." })
export class TextSpan {
  @Field(() => Int)
  start!: number;

  @Field(() => Int, { description: "Exclusive." })
  end!: number;
}

@ObjectType("DraftArticle", { description: "The article a draft will publish: its fields, and the body every evidence is quoted from." })
export class DraftArticle {
  @Field(() => ID, { description: "The id it will have in the graph (a slug); publishing refuses one another article already has." })
  articleId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: "The site or outlet; from the page's metadata when it has it. Required to publish." })
  publisher!: string | null;

  @Field(() => String, { nullable: true, description: "Where it was published: given, or the page's canonical URL." })
  url!: string | null;

  @Field(() => String, { nullable: true, description: "The original reporting it relies on, when the text cites a news outlet." })
  source!: string | null;

  @Field(() => String, { description: "ISO 639-1 code." })
  language!: string;

  @Field(() => PartialDateScalar, { description: "Publication date: given, else the page's, else the day the draft was made." })
  publishedOn!: string;

  @Field(() => String, { description: "The article's text as the extractor read it; evidence and mention offsets point into it. Fixed when the draft is made." })
  body!: string;
}

@ObjectType("DraftEntityCandidate", { description: "A graph entity a draft entity's name may be." })
export class DraftEntityCandidate {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType("DraftEntity", { description: "A company or person the extractor found in the text, matched to the graph or new." })
export class DraftEntity {
  @Field(() => String, { description: "Its key within the draft; deals and roles name entities by it." })
  key!: string;

  @Field(() => String, { description: "`Company` or `Person`." })
  type!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [String])
  aliases!: string[];

  @Field(() => CompanyKind, { nullable: true, description: "Companies only: what the text says it mainly is (INVESTOR, MEDIA, RESEARCH), when it says." })
  kind!: string | null;

  @Field(() => ID, { nullable: true, description: "The graph entity it is (published with that id); null: a new one, created on publishing." })
  matchedId!: string | null;

  @Field(() => String, { nullable: true, description: "The matched entity's name in the graph." })
  matchedName!: string | null;

  @Field(() => [DraftEntityCandidate], { description: "Graph entities that share its name when the extractor could not choose (matchedId is then null)." })
  @HoldsAtMost(MAX_CANDIDATES)
  candidates!: DraftEntityCandidate[];

  @Field(() => Float, { description: "The extractor's confidence, 0 to 1 (1 for one a reviewer added)." })
  confidence!: number;

  @Field(() => String, { description: "The rule that proposed it (`reviewer` for one a reviewer added)." })
  rule!: string;

  @Field(() => FactDecision)
  decision!: FactDecision;

  @Field(() => [TextSpan], { description: `Where the body names it (the first ${MAX_MENTIONS}).` })
  @HoldsAtMost(MAX_MENTIONS)
  mentions!: TextSpan[];
}

@ObjectType("DraftDeal", { description: "A deal the extractor proposed (or a reviewer added), with its evidence." })
export class DraftDeal {
  @Field(() => String, { description: "Its key within the draft (problems name it)." })
  key!: string;

  @Field(() => InvestmentKind)
  kind!: string;

  @Field(() => String, { description: "Key of the company invested in or acquired." })
  target!: string;

  @Field(() => [String], { description: "Keys of the investors." })
  investors!: string[];

  @Field(() => [String], { description: "Keys of the lead investors, among `investors`." })
  leadInvestors!: string[];

  @Field(() => Boolean, { description: "The text says others took part without naming them." })
  otherInvestors!: boolean;

  @Field(() => Money, { nullable: true })
  amount!: Money | null;

  @Field(() => Money, { nullable: true, description: "Post-money valuation." })
  valuation!: Money | null;

  @Field(() => Float, { nullable: true })
  stakePercent!: number | null;

  @Field(() => RoundStage, { nullable: true })
  stage!: string | null;

  @Field(() => DealStatus, { nullable: true })
  status!: string | null;

  @Field(() => PartialDateScalar, { nullable: true })
  announcedOn!: string | null;

  @Field(() => String, { description: "The passage of the body that states it, verbatim (white space folded)." })
  evidence!: string;

  @Field(() => TextSpan, { nullable: true, description: "Where the evidence is in the body; null when an edited evidence is not found there." })
  evidenceSpan!: TextSpan | null;

  @Field(() => Float, { description: "The extractor's confidence, 0 to 1." })
  confidence!: number;

  @Field(() => String, { description: "The rule that proposed it." })
  rule!: string;

  @Field(() => [String], { description: "What the reviewer should check." })
  notes!: string[];

  @Field(() => FactDecision)
  decision!: FactDecision;
}

@ObjectType("DraftRole", { description: "A person's position at a company, as the extractor proposed it (or a reviewer added it)." })
export class DraftRole {
  @Field(() => String)
  key!: string;

  @Field(() => String, { description: "Key of the person." })
  person!: string;

  @Field(() => String, { description: "Key of the company." })
  company!: string;

  @Field(() => String)
  title!: string;

  @Field(() => PartialDateScalar, { nullable: true })
  since!: string | null;

  @Field(() => PartialDateScalar, { nullable: true })
  until!: string | null;

  @Field(() => String)
  evidence!: string;

  @Field(() => TextSpan, { nullable: true })
  evidenceSpan!: TextSpan | null;

  @Field(() => Float)
  confidence!: number;

  @Field(() => String)
  rule!: string;

  @Field(() => [String])
  notes!: string[];

  @Field(() => FactDecision)
  decision!: FactDecision;
}

@ObjectType("DraftProblem", { description: "Why the last publish was refused, on the field it concerns. Cleared when the draft is saved." })
export class DraftProblem {
  @Field(() => String, { description: "The ArticleInput path the loader named, e.g. `input.investments[0].amount.currency`." })
  path!: string;

  @Field(() => String)
  message!: string;

  @Field(() => String, { nullable: true, description: "The key of the deal, role or entity it concerns; null for the article's own fields." })
  key!: string | null;

  @Field(() => String, { nullable: true, description: "That item's field (`amount.currency`), or `article.<field>` (`article.publisher`); null for the whole article." })
  field!: string | null;
}

@ObjectType("Draft", { description: "A draft article: what the extractor proposed from one text, reviewed in the inbox until published or discarded. Editors only." })
export class Draft {
  @Field(() => ID)
  id!: string;

  @Field(() => DraftStatus)
  status!: DraftStatus;

  @Field(() => Int, { description: "1 when made, one more at each save, publish attempt or discard: saveDraft, publishDraft and discardDraft name the version they act on." })
  version!: number;

  @Field(() => String, { description: "When it was made, ISO 8601." })
  createdAt!: string;

  @Field(() => String, { description: "When it last changed, ISO 8601." })
  updatedAt!: string;

  @Field(() => String, { description: "Who made it: the name given as `by` and the editor token's fingerprint." })
  createdBy!: string;

  @Field(() => String, { description: "Who changed it last, as `createdBy`." })
  updatedBy!: string;

  @Field(() => DraftFormat)
  format!: DraftFormat;

  @Field(() => DraftArticle)
  article!: DraftArticle;

  @Field(() => [DraftEntity])
  @HoldsAtMost(DEFAULT_ARTICLE_LIMITS.maxEntities)
  entities!: DraftEntity[];

  @Field(() => [DraftDeal])
  @HoldsAtMost(DEFAULT_ARTICLE_LIMITS.maxFacts)
  deals!: DraftDeal[];

  @Field(() => [DraftRole])
  @HoldsAtMost(DEFAULT_ARTICLE_LIMITS.maxFacts)
  roles!: DraftRole[];

  @Field(() => [DraftProblem], { description: "Why the last publish was refused; empty otherwise." })
  @HoldsAtMost(MAX_PROBLEMS)
  problems!: DraftProblem[];

  @Field(() => ID, { nullable: true, description: "The article it was published as, once PUBLISHED." })
  publishedArticleId!: string | null;
}

export const DraftConnection = connectionType("Draft", "drafts", () => Draft);

@ObjectType("PublishDraftResult", { description: "What publishing a draft did: the article loaded, or the problems that kept it out (nothing written)." })
export class PublishDraftResult {
  @Field(() => Boolean, { description: "True when the article was loaded; false when problems kept it out." })
  published!: boolean;

  @Field(() => Draft, { description: "The draft as it now is: PUBLISHED, or OPEN with its problems." })
  draft!: Draft;

  @Field(() => IngestReport, { nullable: true, description: "What loading the article changed in the graph; null when not published." })
  report!: IngestReport | null;

  @Field(() => [DraftProblem], { description: "The problems (also on `draft.problems`); empty when published." })
  @HoldsAtMost(MAX_PROBLEMS)
  problems!: DraftProblem[];
}
