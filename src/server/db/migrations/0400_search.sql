-- Up Migration
-- Archive search: PostgreSQL full text with the Snowball Indonesian stemmer, the headline weighted
-- above the body. The text is written by the server on every save (the body is JSON that only the
-- app's bodyText reads correctly, so a generated column cannot compute it).
alter table articles add column search tsvector not null default ''::tsvector;
create index articles_search on articles using gin (search);

-- Down Migration
drop index articles_search;
alter table articles drop column search;
