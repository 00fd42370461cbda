-- Up Migration
-- One row per signed-in device: the token itself is never stored, only its SHA-256.
create table devices (
  id uuid primary key default gen_random_uuid(),
  account_id uuid not null references accounts (id) on delete cascade,
  name text not null,
  token_sha256 bytea not null unique,
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  expires_at timestamptz not null,
  revoked_at timestamptz
);
create index devices_account on devices (account_id);

-- Down Migration
drop table devices;
