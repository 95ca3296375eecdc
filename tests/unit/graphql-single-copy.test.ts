// Guards against the graphql dual-package hazard (see vitest.config.ts): test files, our sources
// and type-graphql must all see one copy of graphql, or schema building fails at runtime with
// "Cannot use GraphQLSchema from another module or realm".
import "reflect-metadata";
import { createRequire } from "node:module";
import { GraphQLSchema, graphql } from "graphql";
import { buildSchema, Field, ObjectType, Query, Resolver } from "type-graphql";
import { describe, expect, it } from "vitest";

@ObjectType()
class Ping {
  @Field(() => String)
  message!: string;
}

@Resolver()
class PingResolver {
  @Query(() => Ping)
  ping(): Ping {
    return { message: "pong" };
  }
}

describe("graphql module identity", () => {
  it("is the copy Node's require() loads", () => {
    const required = createRequire(import.meta.url)("graphql") as typeof import("graphql");
    expect(GraphQLSchema).toBe(required.GraphQLSchema);
  });

  it("is the copy type-graphql builds schemas with", async () => {
    const schema = await buildSchema({ resolvers: [PingResolver], validate: false });
    expect(schema).toBeInstanceOf(GraphQLSchema);
    // Executing through our import of graphql fails on a foreign schema.
    const result = await graphql({ schema, source: "{ ping { message } }" });
    expect(result).toEqual({ data: { ping: { message: "pong" } } });
  });
});
