// The accounts table: make, find, list, change. Disabling an account or resetting its password
// also revokes every device token it has, so both take effect on every machine at once.
import type pg from 'pg'
import type { Account, AccountPatch, NewAccount } from '../../shared/server/accounts'
import { RedaksiFailure } from '../../shared/result'
import { accountOf, ACCOUNT_COLUMNS, type AccountRow } from './account-row'
import { hashPassword } from './password'

type Queryable = pg.Pool | pg.PoolClient

export async function addAccount(db: Queryable, input: NewAccount, now: Date): Promise<Account> {
  const passwordHash = await hashPassword(input.password)
  try {
    const { rows } = await db.query<AccountRow>(
      `insert into accounts as a (login, display_name, role, password_hash, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $5) returning ${ACCOUNT_COLUMNS}`,
      [input.login, input.displayName, input.role, passwordHash, now]
    )
    return accountOf(rows[0] as AccountRow)
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw new RedaksiFailure('account.exists', { login: input.login }, { cause: error })
    throw error
  }
}

export async function findAccount(db: Queryable, login: string): Promise<(Account & { passwordHash: string }) | undefined> {
  const { rows } = await db.query<AccountRow & { password_hash: string }>(`select ${ACCOUNT_COLUMNS}, a.password_hash from accounts a where a.login = $1`, [login])
  const row = rows[0]
  return row ? { ...accountOf(row), passwordHash: row.password_hash } : undefined
}

export async function listAccounts(db: Queryable): Promise<Account[]> {
  const { rows } = await db.query<AccountRow>(`select ${ACCOUNT_COLUMNS} from accounts a order by a.login`)
  return rows.map(accountOf)
}

async function revokeAll(db: Queryable, accountId: string, now: Date): Promise<void> {
  await db.query('update devices set revoked_at = $2 where account_id = $1 and revoked_at is null', [accountId, now])
}

export async function updateAccount(db: pg.Pool, login: string, patch: AccountPatch, now: Date): Promise<Account> {
  const client = await db.connect()
  try {
    await client.query('begin')
    const { rows } = await client.query<AccountRow>(
      `update accounts a set display_name = coalesce($2, display_name), role = coalesce($3, role),
              disabled = coalesce($4, disabled), updated_at = $5
        where login = $1 returning ${ACCOUNT_COLUMNS}`,
      [login, patch.displayName ?? null, patch.role ?? null, patch.disabled ?? null, now]
    )
    const row = rows[0]
    if (!row) throw new RedaksiFailure('account.not-found', { login })
    if (patch.disabled === true) await revokeAll(client, row.id, now)
    await client.query('commit')
    return accountOf(row)
  } catch (error) {
    await client.query('rollback')
    throw error
  } finally {
    client.release()
  }
}

export async function resetPassword(db: pg.Pool, login: string, password: string, now: Date): Promise<Account> {
  const passwordHash = await hashPassword(password)
  const client = await db.connect()
  try {
    await client.query('begin')
    const { rows } = await client.query<AccountRow>(`update accounts a set password_hash = $2, updated_at = $3 where login = $1 returning ${ACCOUNT_COLUMNS}`, [login, passwordHash, now])
    const row = rows[0]
    if (!row) throw new RedaksiFailure('account.not-found', { login })
    await revokeAll(client, row.id, now)
    await client.query('commit')
    return accountOf(row)
  } catch (error) {
    await client.query('rollback')
    throw error
  } finally {
    client.release()
  }
}
