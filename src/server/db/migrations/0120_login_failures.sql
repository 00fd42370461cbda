-- Up Migration
-- Failed sign-ins, by account login and by client address, so every server process on this
-- database counts the same attempts. Old rows are pruned by the server.
create table login_failures (
  id bigserial primary key,
  login text not null,
  address text not null,
  at timestamptz not null default now()
);
create index login_failures_login on login_failures (login, at);
create index login_failures_address on login_failures (address, at);

-- Down Migration
drop table login_failures;
