// One writer per store folder, across processes too: the desktop app and `npm run browser` could
// otherwise both open the same folder and interleave their queues. The lock file names its holder
// (host, pid, the pid's start time and the boot it ran in) and its holder touches it every 30 s.
// A lock is taken over, and the takeover reported, when its holder is provably gone: it ran before
// this computer restarted, its pid no longer runs, its pid now names another process, or (from
// another computer, which cannot be asked) it has not been touched for five minutes.
import { hostname } from 'node:os'
import { link, readFile, rename, stat, unlink, utimes } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { SCHEMA_VERSION } from '../../shared/article'
import type { LockTakeover, LockTakeoverReason } from '../../shared/open-report'
import { RedaksiFailure } from '../../shared/result'
import { JsonFile, type JsonFileKind } from '../files'
import { bootId, isRunning, processStart } from './process-identity'
import { ioFailure } from './store-failures'

export const LOCK_HEARTBEAT_MS = 30_000
/** Ten missed heartbeats: a laptop that slept or lost the share will have touched it by then. */
export const LOCK_ABANDONED_MS = 5 * 60_000

const heldHere = new Set<string>()

const LockSchema = z.object({
  pid: z.number().int(),
  host: z.string(),
  at: z.string().optional(),
  boot: z.string().nullable().optional(),
  started: z.string().nullable().optional()
})
type LockOwner = z.infer<typeof LockSchema>

/** Unreadable means its writer died while writing it (before the durable create it could): stale. */
const LOCK_FILE: JsonFileKind<LockOwner> = { version: SCHEMA_VERSION, schema: LockSchema, onDamage: 'discard' }

export interface StoreLock {
  readonly takenOver: LockTakeover | null
  release(): Promise<void>
}

export interface LockOptions {
  now?: () => Date
  heartbeatMs?: number
  abandonedMs?: number
}

/** Whether `owner` still holds the lock; the reason it does not otherwise. */
function judge(owner: LockOwner | null, touched: Date, now: Date, abandonedMs: number): LockTakeoverReason | 'held' | 'held-elsewhere' {
  if (!owner) return 'unreadable'
  if (owner.host !== hostname()) return now.getTime() - touched.getTime() > abandonedMs ? 'abandoned' : 'held-elsewhere'
  const boot = bootId()
  if (owner.boot && boot && owner.boot !== boot) return 'restarted'
  if (owner.pid === process.pid || !isRunning(owner.pid)) return 'ended'
  if (owner.started && processStart(owner.pid) !== owner.started) return 'reused'
  return 'held'
}

export async function lockStore(dir: string, options: LockOptions = {}): Promise<StoreLock> {
  const path = join(dir, 'store.lock')
  if (heldHere.has(path)) throw new RedaksiFailure('store.open-here', { dir })
  const now = options.now ?? (() => new Date())
  const abandonedMs = options.abandonedMs ?? LOCK_ABANDONED_MS
  const file = new JsonFile(path, LOCK_FILE)
  let takenOver: LockTakeover | null = null
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const mine: LockOwner = { pid: process.pid, host: hostname(), at: now().toISOString(), boot: bootId(), started: processStart(process.pid) }
      if (await file.create(mine)) return held(path, takenOver, options.heartbeatMs ?? LOCK_HEARTBEAT_MS)
      const raw = await readFile(path, 'utf8').catch(() => null)
      const touched = await stat(path).then((s) => s.mtime).catch(() => now())
      const read = await file.read()
      const owner = read.state === 'ok' ? read.data : null
      const verdict = judge(owner, touched, now(), abandonedMs)
      if (verdict === 'held-elsewhere') {
        throw new RedaksiFailure('store.locked-elsewhere', { dir, lock: path, pid: owner!.pid, host: owner!.host, minutes: abandonedMs / 60_000 })
      }
      if (verdict === 'held') throw new RedaksiFailure('store.locked', { dir, lock: path, pid: owner!.pid })
      if (await setAside(path, raw)) takenOver = { reason: verdict, pid: owner?.pid ?? null, host: owner?.host ?? null, touchedAt: touched.toISOString() }
    } catch (err) {
      throw ioFailure(path, err)
    }
  }
  // Lost every takeover to another process: it holds the lock now.
  throw new RedaksiFailure('store.io', { path })
}

/**
 * Moves the stale lock out of the way, but only if it is still the one judged: a plain unlink
 * could delete the fresh lock of a process that took over a moment earlier. What was moved by
 * mistake is put back (link fails if yet another lock appeared meanwhile, which then wins).
 */
async function setAside(path: string, judged: string | null): Promise<boolean> {
  const aside = `${path}.stale-${process.pid}-${Date.now()}`
  try {
    await rename(path, aside)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw err
  }
  const moved = await readFile(aside, 'utf8').catch(() => null)
  if (moved !== judged) await link(aside, path).catch(() => undefined)
  await unlink(aside).catch(() => undefined)
  return moved === judged
}

function held(path: string, takenOver: LockTakeover | null, heartbeatMs: number): StoreLock {
  heldHere.add(path)
  const heartbeat = setInterval(() => {
    const at = new Date()
    void utimes(path, at, at).catch(() => undefined)
  }, heartbeatMs)
  heartbeat.unref()
  return {
    takenOver,
    release: async () => {
      clearInterval(heartbeat)
      heldHere.delete(path)
      await unlink(path).catch(() => undefined)
    }
  }
}
