// GraphQL Code Generator: the dashboard's operations (the graphql(`...`) documents in
// web/src) are checked against schema/schema.graphql, and their result and variable types,
// and the enums they use, are generated into web/src/gql/, so the web never writes the API's
// shapes or words by hand.
//   npm run codegen    regenerate web/src/gql/ (commit it; tests/unit/web-codegen.test.ts
//                      fails when it is out of date with the schema or the documents)
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["web/src/**/*.ts"],
  // An operation the schema does not have fails the generation rather than being skipped.
  ignoreNoDocuments: false,
  generates: {
    "web/src/gql/": {
      preset: "client",
      // Fragments are spread where they are used; masking would hide their fields behind a helper.
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents as plain strings (sent as they are) rather than parsed ASTs, so graphql-js's
        // parser and printer stay out of the dashboard's bundle.
        documentMode: "string",
        // Enums as const objects: their values exist at run time (the dashboard lists them).
        enumType: "const",
        useTypeImports: true,
        // A scalar missing here is an error, not an `any`.
        strictScalars: true,
        scalars: { PartialDate: "string" },
      },
    },
  },
};

export default config;
