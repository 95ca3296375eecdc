// Ids are unique within their kind, not across every node (issue 12, item 9): an article
// and the deal it reports may share a slug. Entities (companies and people together, since
// an investor may be either) are one namespace; facts (deals, roles, relations) another;
// articles a third. Every migration runs at each start, so 001 no longer creates node_id,
// and this drops it where an older version did.
DROP CONSTRAINT node_id IF EXISTS;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (n:Fact) REQUIRE n.id IS UNIQUE;
// Where node_id existed, 001's index statement found node_id's index and did nothing;
// dropping node_id dropped that index, so the lookup index is made here.
CREATE INDEX node_id_lookup IF NOT EXISTS FOR (n:Node) ON (n.id);
