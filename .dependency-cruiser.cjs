// The layers of src/ and the one direction between them (../shared/CONVENTIONS.md, issue 12
// item 4): HTTP/WebSocket -> api -> store -> db. `npm run lint:layers` checks them, and
// `npm test` runs it first, so a violation fails the build instead of waiting for a review.
// Type-only imports count too (tsPreCompilationDeps): a type from the driver in api/ still
// ties the API to the driver. tests/unit/layers.test.ts proves the check fails on a violation.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "api-not-to-driver",
      comment: "The API reaches the database through the stores and the database layer; driver values are converted there (db/db.ts toPlain).",
      severity: "error",
      from: { path: "^src/api/" },
      to: { path: "(^|/)node_modules/neo4j-driver[^/]*/" },
    },
    {
      name: "store-db-not-to-graphql",
      comment: "Stores and the database layer know nothing of GraphQL: they raise plain errors (db/errors.ts), which api/errors.ts maps to codes.",
      severity: "error",
      from: { path: "^src/(store|db)/" },
      to: { path: ["(^|/)node_modules/(graphql|type-graphql|@apollo/[^/]+)/", "^src/api/"] },
    },
    {
      name: "db-not-to-store-or-ingest",
      comment: "The database layer is the bottom layer: driver, transactions, embedded Neo4j, migrations.",
      severity: "error",
      from: { path: "^src/db/" },
      to: { path: "^src/(store|ingest)/" },
    },
    {
      name: "ingest-not-to-api",
      comment: "The article pipeline is shared by the CLI, the mutation and the benchmark: the API calls it, never the reverse.",
      severity: "error",
      from: { path: "^src/ingest/" },
      to: { path: "^src/api/" },
    },
    {
      name: "extract-not-to-db-or-api",
      comment: "The extractor is pure (raw text -> draft article) and reads the graph only through a store.",
      severity: "error",
      from: { path: "^src/extract/" },
      to: { path: "^src/(db|api)/" },
    },
    {
      name: "store-folder-through-index",
      comment: "A store folder (src/store/<x>/) is used from outside it only through its index.ts, its public face.",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/store/[^/]+/" },
      to: { path: "^src/store/[^/]+/", pathNot: "^src/store/[^/]+/index\\.ts$" },
    },
    {
      name: "store-folder-through-index-between-stores",
      comment: "The same between two store folders: one store uses another only through its index.ts.",
      severity: "error",
      from: { path: "^src/store/([^/]+)/" },
      to: { path: "^src/store/[^/]+/", pathNot: ["^src/store/$1/", "^src/store/[^/]+/index\\.ts$"] },
    },
    {
      name: "api-module-through-index",
      comment: "A folder of src/api/ (a GraphQL type, the server, security) is used from another only through its index.ts: its types and arguments, never its resolvers. common/ is the API's shared library.",
      severity: "error",
      from: { path: "^src/api/([^/]+)/" },
      to: { path: "^src/api/[^/]+/", pathNot: ["^src/api/$1/", "^src/api/common/", "^src/api/[^/]+/index\\.ts$"] },
    },
    {
      name: "no-circular",
      comment: "A cycle makes two modules one: neither can be understood, tested or moved alone.",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^web/|^dist/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
    },
  },
};
