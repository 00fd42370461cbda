// A folder's identity: a name created, removed or renamed in it (every durable write renames a
// temp file into place) changes its mtime and ctime; the folder replaced changes its inode. The
// index records the identity of articles/ and trash/ so an open can trust the whole folder with
// one stat instead of listing and stat'ing 100,000 files (decision 0101).
import { statSync } from 'node:fs'

export interface DirIdentity {
  ino: number
  mtimeMs: number
  ctimeMs: number
}

export function dirIdentity(dir: string): DirIdentity {
  const s = statSync(dir)
  return { ino: s.ino, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs }
}

export const sameDir = (a: DirIdentity | null, b: DirIdentity | null): boolean =>
  a !== null && b !== null && a.ino === b.ino && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs

/**
 * A folder's times come from a clock that ticks every few milliseconds (a second on some file
 * systems): a change later in the same tick as the last one leaves them as they were. An identity
 * vouches only once its tick is over. Times with no fraction of a second suggest a coarse file system.
 */
const FINE_TICK_MS = 30
const COARSE_TICK_MS = 2000

/** How long until `id` can vouch for its folder: 0 now, Infinity when waiting is not worth it. */
export function waitBeforeVouching(id: DirIdentity, now: number = Date.now()): number {
  const latest = Math.max(id.mtimeMs, id.ctimeMs)
  const coarse = id.mtimeMs % 1000 === 0 && id.ctimeMs % 1000 === 0
  const age = now - latest
  // A time in the future (the clock was set back) says nothing about later changes.
  if (age < 0) return Infinity
  const tick = coarse ? COARSE_TICK_MS : FINE_TICK_MS
  if (age >= tick) return 0
  return coarse ? Infinity : tick - age
}
