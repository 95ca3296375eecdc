// Arguments of the person queries.
import { ArgsType, Field, ID, InputType, registerEnumType } from "type-graphql";
import { idList, idOrName, idRule, nameRule } from "../common/arguments.js";
import { Check, CheckArgs } from "../common/checks.js";
import { OrderDirection } from "../common/order.js";
import { PageArgs } from "../common/page.args.js";
import { PartialDateScalar } from "../common/partial-date.scalar.js";

@ArgsType()
@CheckArgs(idOrName("the person's id or their name"))
export class PersonLookupArgs {
  @Field(() => ID, { nullable: true, description: "The person's id. Give id or name." })
  @Check(idRule)
  id?: string | null;

  @Field(() => String, { nullable: true, description: "A name or alias, compared case-, accent- and punctuation-insensitively. Give id or name." })
  @Check(nameRule)
  name?: string | null;
}

@InputType("PersonWhere", { description: "Filters on people; every filter given must hold." })
export class PersonWhere {
  @Field(() => [ID], { nullable: true, description: "Only these people." })
  @Check(idList())
  ids?: string[] | null;

  @Field(() => String, { nullable: true, description: "Only people with a name or alias containing this text (case- and accent-insensitive)." })
  nameContains?: string | null;

  @Field(() => String, { nullable: true, description: "Only people with a name or alias starting with this text (case- and accent-insensitive)." })
  nameStartsWith?: string | null;

  @Field(() => ID, { nullable: true, description: "Only people who hold or held a role at this company." })
  @Check(idRule)
  companyId?: string | null;

  @Field(() => String, { nullable: true, description: "Only people with a role whose title contains this text (case-insensitive), e.g. CEO." })
  titleContains?: string | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: "With companyId or titleContains: only roles held at some time in this period (see Role.current for how ends count).",
  })
  roleAsOf?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true: only people who invested in a deal; false: only those who did not." })
  investor?: boolean | null;
}

export enum PersonOrderField {
  NAME = "NAME",
  DEAL_COUNT = "DEAL_COUNT",
  TOTAL_INVESTED_USD = "TOTAL_INVESTED_USD",
  ROLE_COUNT = "ROLE_COUNT",
}

registerEnumType(PersonOrderField, {
  name: "PersonOrderField",
  description: "What people can be sorted by; ties are broken by id.",
  valuesConfig: {
    NAME: { description: "Display name, case-insensitively." },
    DEAL_COUNT: { description: "dealCount: deals the person invested in." },
    TOTAL_INVESTED_USD: { description: "totalInvestedUsd; people without one come last." },
    ROLE_COUNT: { description: "How many roles they hold or held." },
  },
});

@InputType("PersonOrder", { description: "How to sort people." })
export class PersonOrder {
  @Field(() => PersonOrderField, { description: "The sort field." })
  field!: PersonOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: "The direction, ASC by default." })
  direction!: OrderDirection;
}

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => PersonWhere, { nullable: true, description: "Filters; everyone when absent." })
  where?: PersonWhere | null;

  @Field(() => PersonOrder, { nullable: true, description: "Sort order; by name when absent." })
  orderBy?: PersonOrder | null;
}
