-- Up Migration
-- Ranking every match of a common word in a large archive means reading every match's tsvector;
-- search ranks a bounded set of candidates instead: the newest matches of the headline (a small
-- vector of its own) and the newest matches anywhere (decision 0023).
alter table articles add column headline_search tsvector not null default ''::tsvector;
update articles set headline_search = to_tsvector('indonesian', content->>'headline');
create index articles_headline_search on articles using gin (headline_search);
create index articles_updated on articles (updated_at desc);

-- Down Migration
drop index articles_updated;
drop index articles_headline_search;
alter table articles drop column headline_search;
