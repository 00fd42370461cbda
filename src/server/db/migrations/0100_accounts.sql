-- Up Migration
create table accounts (
  id uuid primary key default gen_random_uuid(),
  login text not null unique check (login ~ '^[a-z0-9][a-z0-9._-]*$'),
  display_name text not null,
  role text not null check (role in ('penulis', 'editor', 'redaktur-pelaksana', 'admin')),
  -- Argon2id PHC string ($argon2id$v=19$m=…); never the password.
  password_hash text not null,
  disabled boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- Down Migration
drop table accounts;
