// ArticleInput: the article file format (JSON encoding) as GraphQL input types, so the
// playground completes field names. Checks beyond types are the loader's (validate.ts).
import { RoundStage } from "../common/round-stage.type.js";
import { Field, Float, ID, InputType } from "type-graphql";
import { PartialDateScalar } from "../common/partial-date.scalar.js";
import { CompanyKind } from "../company/index.js";
import { DealStatus, InvestmentKind } from "../investment/index.js";

@InputType({ description: "An amount of money: a number and its ISO 4217 currency code." })
export class MoneyInput {
  @Field(() => Float, { description: "The amount, e.g. 14300000000." })
  value!: number;

  @Field(() => String, { description: "ISO 4217 code, e.g. USD or EUR." })
  currency!: string;
}

@InputType({ description: "A company or person the article's facts refer to." })
export class EntityInput {
  @Field(() => String, { description: "Local key, unique within the article; facts refer to entities by it." })
  ref!: string;

  @Field(() => String, { description: "`Company` or `Person`." })
  type!: string;

  @Field(() => String, { description: "Display name." })
  name!: string;

  @Field(() => [String], { nullable: true, description: "Other names (e.g. Meta Platforms, Facebook)." })
  aliases?: string[];

  @Field(() => ID, { nullable: true, description: "Global id (slug). When given, the entity is that node; otherwise it is found by name and aliases." })
  id?: string;

  @Field(() => CompanyKind, { nullable: true, description: "Companies only; default COMPANY." })
  kind?: CompanyKind;

  @Field(() => String, { nullable: true, description: "Web site." })
  website?: string;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 country code." })
  country?: string;

  @Field(() => String, { nullable: true, description: "A short description." })
  description?: string;
}

@InputType({ description: "A deal the article reports." })
export class InvestmentInput {
  @Field(() => ID, { nullable: true, description: "Stable deal id, so several articles can report the same deal." })
  id?: string;

  @Field(() => InvestmentKind, { description: "What kind of deal." })
  kind!: InvestmentKind;

  @Field(() => [String], { description: "Refs of the investors (companies or people); at least one." })
  investors!: string[];

  @Field(() => [String], { nullable: true, description: "Refs of the lead investors, among `investors`." })
  leadInvestors?: string[];

  @Field(() => Boolean, { nullable: true, description: "True when the article says others took part without naming them." })
  otherInvestors?: boolean;

  @Field(() => String, { description: "Ref of the company invested in or acquired." })
  target!: string;

  @Field(() => MoneyInput, { nullable: true, description: "Total amount of the deal." })
  amount?: MoneyInput;

  @Field(() => Float, { nullable: true, description: "Equity share the investors obtain, 0 < x <= 100." })
  stakePercent?: number;

  @Field(() => MoneyInput, { nullable: true, description: "The target's post-money valuation." })
  valuation?: MoneyInput;

  @Field(() => PartialDateScalar, { nullable: true, description: "When the deal was announced." })
  announcedOn?: string;

  @Field(() => DealStatus, { nullable: true, description: "Default ANNOUNCED." })
  status?: DealStatus;

  @Field(() => RoundStage, { nullable: true, description: "A funding round's stage (SEED, SERIES_A ... SERIES_J, ...); only for kind FUNDING_ROUND." })
  stage?: RoundStage;

  @Field(() => String, { description: "The passage of the body that states the deal, verbatim." })
  evidence!: string;
}

@InputType({ description: "A person's position at a company, as the article reports it." })
export class RoleInput {
  @Field(() => String, { description: "Ref of the person." })
  person!: string;

  @Field(() => String, { description: "Ref of the company." })
  company!: string;

  @Field(() => String, { description: "CEO, Board member, Chief AI Officer, ..." })
  title!: string;

  @Field(() => PartialDateScalar, { nullable: true, description: "Start of the tenure." })
  since?: string;

  @Field(() => PartialDateScalar, { nullable: true, description: "End of the tenure; none means current." })
  until?: string;

  @Field(() => String, { description: "The passage of the body that states the role, verbatim." })
  evidence!: string;
}

@InputType({ description: "Another company-to-company fact." })
export class RelationInput {
  @Field(() => String, { description: "COMPETES_WITH, PARTNERS_WITH or SUBSIDIARY_OF." })
  type!: string;

  @Field(() => String, { description: "Ref of the first company (the subsidiary, for SUBSIDIARY_OF)." })
  from!: string;

  @Field(() => String, { description: "Ref of the second company (the parent, for SUBSIDIARY_OF)." })
  to!: string;

  @Field(() => String, { description: "The passage of the body that states it, verbatim." })
  evidence!: string;
}

@InputType({ description: "An article and the facts it supports: the article file format, version 1 (JSON encoding)." })
export class ArticleInput {
  @Field(() => ID, { description: "Stable article id (slug); sending the same id again replaces what the article said." })
  id!: string;

  @Field(() => String, { description: "Headline." })
  title!: string;

  @Field(() => String, { nullable: true, description: "Absolute http(s) URL where it was published." })
  url?: string;

  @Field(() => String, { description: "The site or outlet that published it." })
  publisher!: string;

  @Field(() => String, { nullable: true, description: "The original reporting it relies on (e.g. TechCrunch)." })
  source?: string;

  @Field(() => String, { description: "ISO 639-1 code of the body's language (en, fr, ...)." })
  language!: string;

  @Field(() => PartialDateScalar, { description: "Publication date." })
  publishedOn!: string;

  @Field(() => [EntityInput], { description: "The companies and people the facts refer to (may be empty)." })
  entities!: EntityInput[];

  @Field(() => [InvestmentInput], { nullable: true, description: "Deals." })
  investments?: InvestmentInput[];

  @Field(() => [RoleInput], { nullable: true, description: "People's positions at companies." })
  roles?: RoleInput[];

  @Field(() => [RelationInput], { nullable: true, description: "Other company-to-company facts." })
  relations?: RelationInput[];

  @Field(() => String, { description: "The article's text; every evidence must occur in it." })
  body!: string;
}
