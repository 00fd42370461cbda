// Who acts on the server: always the account behind the device token, never a name in the body.
import type { AccountRole } from '../../shared/server/accounts'
import { isEditorRole, type Role } from '../../shared/workflow'

export interface Actor {
  accountId: string
  /** The account's display name: what history and notes show, never what authority rests on. */
  name: string
  role: AccountRole
}

/**
 * The newsroom role an account acts with. An admin manages accounts and writes like a penulis; it
 * is not an editor by office (decision 0021): review authority is given by making the account an
 * editor, so nobody approves pieces merely because they can reset passwords.
 */
export function workflowRole(actor: Pick<Actor, 'role'>): Role {
  return actor.role === 'admin' ? 'penulis' : actor.role
}

export const actsAsEditor = (actor: Pick<Actor, 'role'>): boolean => isEditorRole(workflowRole(actor))
