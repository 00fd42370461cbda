-- Up Migration
-- Sync: the server's copy of every article, its revisions, its immutable provenance, notes,
-- images, and the changes already applied (idempotency). See docs/decisions/0020–0022.

-- One counter row, not a bigserial: a sequence hands out numbers before commit, so a reader could
-- see seq 11 committed while 10 is still in flight and skip 10 forever. Taking the next number by
-- updating this row holds its lock until commit, so changes commit in seq order (decision 0020).
create table sync_counter (
  only_row boolean primary key default true check (only_row),
  seq bigint not null
);
insert into sync_counter (seq) values (0);

create table articles (
  id text primary key,
  rev integer not null check (rev > 0),
  rev_id text not null,
  status text not null,
  -- The whole article exactly as the app stores it (ArticleSchema): pull sends this text as is.
  -- Its history names actors by display name; authority is in article_provenance.
  content jsonb not null,
  created_by uuid not null references accounts (id),
  created_at timestamptz not null,
  updated_at timestamptz not null,
  seq bigint not null unique
);

create table article_revisions (
  article_id text not null references articles (id),
  rev integer not null,
  rev_id text not null,
  reason text not null,
  article jsonb not null,
  saved_by uuid not null references accounts (id),
  saved_at timestamptz not null,
  primary key (article_id, rev)
);

-- Who did what to a piece, by account: four eyes is judged from this, never from Penulis.
create table article_provenance (
  article_id text not null references articles (id),
  rev integer not null,
  account_id uuid not null references accounts (id),
  account_name text not null,
  client_id text not null,
  change_id text not null,
  action text not null,
  body_changed boolean not null,
  status text not null,
  at timestamptz not null,
  primary key (article_id, rev)
);

create function refuse_provenance_change() returns trigger language plpgsql as $$
begin
  raise exception 'article_provenance is append-only';
end $$;
create trigger article_provenance_immutable before update or delete on article_provenance
  for each row execute function refuse_provenance_change();

create table notes (
  id text primary key,
  article_id text not null references articles (id),
  parent_id text references notes (id),
  author_account uuid not null references accounts (id),
  note jsonb not null,
  seq bigint not null unique
);
create index notes_article on notes (article_id);

create table assets (
  ref text primary key,
  bytes bytea not null,
  size integer not null,
  uploaded_by uuid not null references accounts (id),
  uploaded_at timestamptz not null default now()
);

-- Change id → the result first answered, so a retried push answers the same and applies once.
create table applied_changes (
  change_id text primary key,
  account_id uuid not null references accounts (id),
  client_id text not null,
  kind text,
  article_id text,
  result jsonb not null,
  seq bigint,
  at timestamptz not null default now()
);

-- Down Migration
drop table applied_changes;
drop table assets;
drop table notes;
drop trigger article_provenance_immutable on article_provenance;
drop function refuse_provenance_change();
drop table article_provenance;
drop table article_revisions;
drop table articles;
drop table sync_counter;
