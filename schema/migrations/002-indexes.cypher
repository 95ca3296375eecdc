// Lookups the loader and the API make often.
CREATE INDEX investment_deal_key IF NOT EXISTS FOR (n:Investment) ON (n.dealKey);
CREATE INDEX investment_announced IF NOT EXISTS FOR (n:Investment) ON (n.announcedOn);
CREATE INDEX investment_amount_usd IF NOT EXISTS FOR (n:Investment) ON (n.amountUsd);
CREATE INDEX company_name IF NOT EXISTS FOR (n:Company) ON (n.name);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedOn);
