// The Money object type (records build it with toMoney, common/money.ts).
import { Field, Float, ObjectType } from "type-graphql";
import type { MoneyRecord } from "../../store/index.js";

@ObjectType({ description: "An amount of money, as the article gives it, with its US-dollar equivalent." })
export class Money implements MoneyRecord {
  @Field(() => Float, { description: "The amount in `currency`, e.g. 14300000000." })
  value!: number;

  @Field(() => String, { description: "ISO 4217 currency code, e.g. USD or EUR." })
  currency!: string;

  @Field(() => Float, { nullable: true, description: "The amount in US dollars at the rate of the deal's year; null if unknown." })
  usd!: number | null;
}
