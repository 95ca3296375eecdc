// The inputs of the inbox's mutations: a text to draft from (CreateDraftInput), and a
// reviewed draft as a whole (DraftInput) for saveDraft. Checks beyond types are the
// service's (draft.service.ts), which names the field of each.
import { Field, Float, ID, InputType } from "type-graphql";
import { idRule } from "../common/arguments.js";
import { Check } from "../common/checks.js";
import { PartialDateScalar } from "../common/partial-date.scalar.js";
import { RoundStage } from "../common/round-stage.type.js";
import { CompanyKind } from "../company/index.js";
import { MoneyInput } from "../ingest/index.js";
import { DealStatus, InvestmentKind } from "../investment/index.js";
import { DraftFormat, FactDecision } from "./draft.type.js";

@InputType("CreateDraftInput", { description: "A text to draft an article from." })
export class CreateDraftInput {
  @Field(() => String, { description: "The text: plain text, Markdown or a saved web page's HTML; at most ARTICLE_MAX_BODY_BYTES (256 KiB) of UTF-8, or ARTICLE_MAX_FILE_BYTES (1 MiB) for HTML." })
  content!: string;

  @Field(() => DraftFormat, { nullable: true, description: "What `content` is; else from `fileName`'s extension (.txt .md .html .htm), else sniffed." })
  format?: DraftFormat | null;

  @Field(() => String, { nullable: true, description: "The name of the file it came from: its extension gives the format, its name the article id." })
  fileName?: string | null;

  @Field(() => String, { nullable: true, description: "ISO 639-1 code of the text's language; else the page's, else detected (en or fr)." })
  language?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: "Publication date; else the page's, else today." })
  publishedOn?: string | null;

  @Field(() => String, { nullable: true, description: "Absolute http(s) URL where it was published; else the page's canonical URL." })
  url?: string | null;
}

@InputType("DraftArticleInput", { description: "The article's fields as the reviewer leaves them (the body is fixed)." })
export class DraftArticleInput {
  @Field(() => ID)
  @Check(idRule)
  articleId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  publisher?: string | null;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true })
  source?: string | null;

  @Field(() => String)
  language!: string;

  @Field(() => PartialDateScalar)
  publishedOn!: string;
}

@InputType("DraftEntityInput", { description: "An entity as the reviewer leaves it: type, name, match fixed; a new key adds one." })
export class DraftEntityInput {
  @Field(() => String)
  key!: string;

  @Field(() => String, { description: "`Company` or `Person`." })
  type!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [String], { nullable: true })
  aliases?: string[] | null;

  @Field(() => CompanyKind, { nullable: true })
  kind?: string | null;

  @Field(() => ID, { nullable: true, description: "The graph entity it is (of the same type); null: a new one." })
  @Check(idRule)
  matchedId?: string | null;

  @Field(() => FactDecision)
  decision!: FactDecision;
}

@InputType("DraftDealInput", { description: "A deal as the reviewer leaves it; a new key adds one." })
export class DraftDealInput {
  @Field(() => String)
  key!: string;

  @Field(() => InvestmentKind)
  kind!: string;

  @Field(() => String, { description: "Entity key." })
  target!: string;

  @Field(() => [String], { description: "Entity keys." })
  investors!: string[];

  @Field(() => [String], { nullable: true, description: "Entity keys, among `investors`." })
  leadInvestors?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  otherInvestors?: boolean | null;

  @Field(() => MoneyInput, { nullable: true })
  amount?: MoneyInput | null;

  @Field(() => MoneyInput, { nullable: true })
  valuation?: MoneyInput | null;

  @Field(() => Float, { nullable: true })
  stakePercent?: number | null;

  @Field(() => RoundStage, { nullable: true })
  stage?: string | null;

  @Field(() => DealStatus, { nullable: true })
  status?: string | null;

  @Field(() => PartialDateScalar, { nullable: true })
  announcedOn?: string | null;

  @Field(() => String, { description: "A passage of the body, verbatim." })
  evidence!: string;

  @Field(() => FactDecision)
  decision!: FactDecision;
}

@InputType("DraftRoleInput", { description: "A role as the reviewer leaves it; a new key adds one." })
export class DraftRoleInput {
  @Field(() => String)
  key!: string;

  @Field(() => String, { description: "Entity key of the person." })
  person!: string;

  @Field(() => String, { description: "Entity key of the company." })
  company!: string;

  @Field(() => String)
  title!: string;

  @Field(() => PartialDateScalar, { nullable: true })
  since?: string | null;

  @Field(() => PartialDateScalar, { nullable: true })
  until?: string | null;

  @Field(() => String)
  evidence!: string;

  @Field(() => FactDecision)
  decision!: FactDecision;
}

@InputType("DraftInput", {
  description:
    "The whole reviewed draft: every entity, deal and role it keeps (one left out is dropped). Confidence, rule, notes and mentions stay the draft's, by key; the body cannot change.",
})
export class DraftInput {
  @Field(() => DraftArticleInput)
  article!: DraftArticleInput;

  @Field(() => [DraftEntityInput])
  entities!: DraftEntityInput[];

  @Field(() => [DraftDealInput])
  deals!: DraftDealInput[];

  @Field(() => [DraftRoleInput])
  roles!: DraftRoleInput[];
}
