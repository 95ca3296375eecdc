// Decisions on deal resolution (src/domain/decisions.ts): one node per decision, by id;
// possible duplicates are listed newest first (duplicateCandidates).
CREATE CONSTRAINT decision_id IF NOT EXISTS FOR (d:Decision) REQUIRE d.id IS UNIQUE;
CREATE INDEX decision_at IF NOT EXISTS FOR (d:Decision) ON (d.at);
CREATE INDEX possible_duplicate_found IF NOT EXISTS FOR ()-[l:POSSIBLE_DUPLICATE]-() ON (l.foundAt);
