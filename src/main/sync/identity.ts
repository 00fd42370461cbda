// Who is acting. On a store connected to a newsroom server it is the signed-in account, whatever
// local profile was picked: local profiles carry no authority there (the server checks the token
// anyway; this keeps the app's own checks and its history in step with what the server will say).
import { ROLES, type Profile, type Role } from '../../shared/workflow'
import type { Identity } from '../workflow/require-profile'
import type { Account, SessionFile } from './session-file'

/**
 * The server's roles on the app's, as the server judges them (decision 0021): an admin manages
 * accounts and writes like a penulis. Any other mapping offers buttons the server always refuses.
 */
function localRole(role: string): Role {
  const normal = role.trim().toLowerCase().replace(/[\s_]+/g, '-')
  if (normal === 'admin') return 'penulis'
  return (ROLES as readonly string[]).includes(normal) ? (normal as Role) : 'penulis'
}

export function accountProfile(account: Account): Profile {
  const initials = account.displayName
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 3)
    .map((w) => w[0]!.toUpperCase())
    .join('')
  return {
    id: `akun-${account.id.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 58) || 'server'}`,
    name: account.displayName,
    initials: initials || account.login.slice(0, 2).toUpperCase(),
    role: localRole(account.role)
  }
}

export function syncedIdentity(session: SessionFile, profiles: Identity): Identity {
  return {
    current: () => {
      const signedIn = session.get()
      return signedIn ? accountProfile(signedIn.account) : profiles.current()
    }
  }
}
