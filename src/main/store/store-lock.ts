// One writer per store folder, across processes too: the desktop app and `npm run browser` could
// otherwise both open the same folder and interleave their queues. A lock file names the owning
// process; a lock left by a process that no longer runs (a crash) is taken over. A lock from
// another computer (a shared folder) cannot be checked, so the refusal says how to clear it.
import { hostname } from 'node:os'
import { unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { SCHEMA_VERSION } from '../../shared/article'
import { RedaksiFailure } from '../../shared/result'
import { JsonFile, type JsonFileKind } from '../files'
import { ioFailure } from './store-failures'

const heldHere = new Set<string>()

const LockSchema = z.object({ pid: z.number().int(), host: z.string(), at: z.string().optional() })

/** Unreadable means its writer died while writing it (before the durable create it could): stale. */
const LOCK_FILE: JsonFileKind<z.infer<typeof LockSchema>> = { version: SCHEMA_VERSION, schema: LockSchema, onDamage: 'discard' }

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
  const path = join(dir, 'store.lock')
  if (heldHere.has(path)) throw new RedaksiFailure('store.open-here', { dir })
  const file = new JsonFile(path, LOCK_FILE)
  const mine = { pid: process.pid, host: hostname(), at: new Date().toISOString() }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      if (await file.create(mine)) {
        heldHere.add(path)
        return {
          release: async () => {
            heldHere.delete(path)
            await unlink(path).catch(() => undefined)
          }
        }
      }
      const read = await file.read()
      const owner = read.state === 'ok' ? read.data : null
      if (owner && owner.host !== mine.host) {
        throw new RedaksiFailure('store.locked-elsewhere', { dir, lock: path, pid: owner.pid, host: owner.host })
      }
      if (owner && owner.pid !== process.pid && isRunning(owner.pid)) {
        throw new RedaksiFailure('store.locked', { dir, lock: path, pid: owner.pid })
      }
      await unlink(path).catch(() => undefined)
    } catch (err) {
      throw ioFailure(path, err)
    }
  }
  // Two takeovers lost to another process in a row: it holds the lock now.
  throw new RedaksiFailure('store.io', { path })
}
