// Arguments of the person queries.
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { PageArgs } from "../common/page.args.js";

@ArgsType()
export class PersonLookupArgs {
  @Field(() => ID, { nullable: true, description: "The person's id. Give id or name." })
  id?: string | null;

  @Field(() => String, { nullable: true, description: "A name or alias, compared case-, accent- and punctuation-insensitively. Give id or name." })
  name?: string | null;
}

@InputType("PersonWhere", { description: "Filters on people; every filter given must hold." })
export class PersonWhere {
  @Field(() => [ID], { nullable: true, description: "Only these people." })
  ids?: string[] | null;

  @Field(() => String, { nullable: true, description: "Only people with a name or alias containing this text (case- and accent-insensitive)." })
  nameContains?: string | null;

  @Field(() => ID, { nullable: true, description: "Only people who hold or held a role at this company." })
  companyId?: string | null;
}

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => PersonWhere, { nullable: true, description: "Filters; everyone when absent. Sorted by name." })
  where?: PersonWhere | null;
}
