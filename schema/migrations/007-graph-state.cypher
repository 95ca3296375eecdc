// One node whose counters move with every write transaction that changed the graph
// (src/db/db.ts): an API instance's response cache reads them to learn of writes it was
// not told of on the event bus (src/api/server/response-cache.ts).
CREATE CONSTRAINT graph_state_id IF NOT EXISTS FOR (g:GraphState) REQUIRE g.id IS UNIQUE;
