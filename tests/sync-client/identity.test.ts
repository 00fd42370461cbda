// Signed in, the app acts with the role the server will judge the account by: a role the two read
// differently is a button the app offers and the server refuses every time (decision 0048).
import { describe, expect, it } from 'vitest'
import { accountProfile } from '../../src/main/sync/identity'
import { workflowRole } from '../../src/server/sync/actor'
import { ACCOUNT_ROLES } from '../../src/shared/server/accounts'

const account = (role: string) => ({ id: 'acc-1', login: 'ratna', displayName: 'Ratna Dewi', role })

describe('the account’s role in the app', () => {
  it('is the role the server acts with, for every account role', () => {
    expect(ACCOUNT_ROLES.map((role) => [role, accountProfile(account(role)).role])).toEqual(ACCOUNT_ROLES.map((role) => [role, workflowRole({ role })]))
    expect(accountProfile(account('admin')).role).toBe('penulis')
  })

  it('reads a role the app does not know as penulis', () => {
    expect(accountProfile(account('magang')).role).toBe('penulis')
    expect(accountProfile(account('Redaktur Pelaksana')).role).toBe('redaktur-pelaksana')
  })
})
