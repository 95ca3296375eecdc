// Search over names and aliases; the folding analyzer makes "Société" match "societe".
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Company|Person) ON EACH [n.name, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
CREATE FULLTEXT INDEX article_titles IF NOT EXISTS
FOR (n:Article) ON EACH [n.title]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
