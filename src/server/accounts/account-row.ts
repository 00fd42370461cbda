import type { Account, AccountRole, Device } from '../../shared/server/accounts'

export interface AccountRow {
  id: string
  login: string
  display_name: string
  role: AccountRole
  disabled: boolean
  created_at: Date
  updated_at: Date
}

export const ACCOUNT_COLUMNS = 'a.id, a.login, a.display_name, a.role, a.disabled, a.created_at, a.updated_at'

export function accountOf(row: AccountRow): Account {
  return {
    id: row.id,
    login: row.login,
    displayName: row.display_name,
    role: row.role,
    disabled: row.disabled,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString()
  }
}

export interface DeviceRow {
  id: string
  name: string
  created_at: Date
  last_used_at: Date | null
  expires_at: Date
}

export function deviceOf(row: DeviceRow, currentId: string | undefined): Device {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    expiresAt: row.expires_at.toISOString(),
    current: row.id === currentId
  }
}
