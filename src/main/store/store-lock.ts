// One writer per store folder, across processes too: the desktop app and `npm run browser` could
// otherwise both open the same folder and interleave their queues. A lock file names the owning
// process; a lock left by a process that no longer runs (a crash) is taken over.
import { hostname } from 'node:os'
import { readFile, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { SCHEMA_VERSION } from '../../shared/article'
import { fsyncDir } from './durable-file'
import { StoreError } from './errors'

const heldHere = new Set<string>()

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export interface StoreLock {
  release(): Promise<void>
}

export async function lockStore(dir: string): Promise<StoreLock> {
  const file = join(dir, 'store.lock')
  if (heldHere.has(file)) {
    throw new StoreError('io', `The store at ${dir} is already open in this process (penyimpanan sudah dibuka).`)
  }
  const mine = JSON.stringify({ schemaVersion: SCHEMA_VERSION, pid: process.pid, host: hostname(), at: new Date().toISOString() })
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(file, mine, { flag: 'wx' })
      await fsyncDir(dir)
      heldHere.add(file)
      return {
        release: async () => {
          heldHere.delete(file)
          await unlink(file).catch(() => undefined)
        }
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
    }
    let owner: { pid?: unknown; host?: unknown } = {}
    try {
      owner = JSON.parse(await readFile(file, 'utf8')) as typeof owner
    } catch {
      // Unreadable lock: its writer died while writing it.
    }
    const alive =
      typeof owner.pid === 'number' && owner.host === hostname() && owner.pid !== process.pid && isRunning(owner.pid)
    if (alive || (typeof owner.host === 'string' && owner.host !== hostname())) {
      throw new StoreError(
        'io',
        `The store at ${dir} is open in another Redaksi (process ${String(owner.pid)} on ${String(owner.host)}). ` +
          'Close it first (penyimpanan sedang dipakai).'
      )
    }
    await unlink(file).catch(() => undefined)
  }
  throw new StoreError('io', `Could not lock the store at ${dir} (penyimpanan tidak bisa dikunci).`)
}
