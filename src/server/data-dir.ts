// Where `redaksi-server` keeps its own PostgreSQL when no --database is given. A user's server
// keeps it with the user's data (XDG); root's is a system service's state, under /var/lib, which
// the `postgres` user the cluster runs as can reach (root's home is closed to it).
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.REDAKSI_DATA_DIR) return resolve(env.REDAKSI_DATA_DIR)
  if (process.getuid?.() === 0) return '/var/lib/redaksi-server'
  const xdg = env.XDG_DATA_HOME && env.XDG_DATA_HOME.startsWith('/') ? env.XDG_DATA_HOME : join(homedir(), '.local', 'share')
  return join(xdg, 'redaksi-server')
}

/** A database URL with its password replaced, for logs and messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return '(unparseable database URL)'
  }
}
