// Drafts of the review inbox (src/store/drafts/): one node per draft, by id; listed by
// status, newest first.
CREATE CONSTRAINT draft_id IF NOT EXISTS FOR (d:Draft) REQUIRE d.id IS UNIQUE;
CREATE INDEX draft_status_created IF NOT EXISTS FOR (d:Draft) ON (d.status, d.createdAt);
