// After an open of a large archive (open-scan.ts, SWEEP_INLINE_UP_TO): the check the open left
// out. A trusted folder vouches for its names (nothing was added, removed or renamed there), not
// for a file rewritten in place by another program or damaged where it lies, so every file is
// still stat'ed against the index, a slice at a time once the open's first work is done,
// so the app stays responsive. A file that differs is settled in the write queue as the open would have: read and
// taken in (announced as a change from outside), quarantined, or skipped, and reported.
import { lookAt } from './open-listing'
import { readCandidate } from './open-scan'
import type { StoreCore } from './store-core'

const SLICE = 1000
/**
 * The check waits until the first list, search and saves after the open are done (measured at
 * 100,000 articles: run at once it doubled the first search and slowed the first saves by 70 %),
 * then takes 1,000 files (3–4 ms) every few milliseconds: about 1.5 s for 100,000.
 */
export const SWEEP_DELAY_MS = 3000
const PAUSE_MS = 5
const pause = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    // Never what keeps the app's process alive.
    setTimeout(resolve, ms).unref()
  })

const sameFile = (a: { ino: number; size: number; mtimeMs: number }, b: { ino: number; size: number; mtimeMs: number }): boolean =>
  a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs

function differs(core: StoreCore, id: string): boolean {
  const entry = core.entries.get(id)
  if (!entry) return false
  const look = lookAt(core.layout, entry.place, id, core.now)
  return look.kind !== 'file' || !sameFile(entry, look.candidate.identity)
}

async function settle(core: StoreCore, id: string): Promise<void> {
  // Looked at again in the queue: the store may have saved the article since.
  if (!differs(core, id)) return
  const entry = core.entries.get(id)
  if (!entry) return
  const look = lookAt(core.layout, entry.place, id, core.now)
  if (look.kind === 'gone') return core.forget(id)
  if (look.kind === 'stray') {
    const settled = await look.stray.candidate.file.settle(look.stray.reason)
    if (settled.state === 'quarantined') core.quarantined({ file: settled.movedTo, articleId: id, reason: look.stray.reason })
    return core.forget(id)
  }
  const outcome = await readCandidate(look.candidate)
  switch (outcome.kind) {
    case 'gone':
      return core.forget(id)
    case 'skipped':
      core.report.skipped.push({ file: look.candidate.file.path, articleId: id, why: outcome.why, reason: outcome.reason })
      return core.forget(id)
    case 'bad': {
      const settled = await look.candidate.file.settle(outcome.reason)
      if (settled.state === 'quarantined') core.quarantined({ file: settled.movedTo, articleId: id, reason: outcome.reason })
      return core.forget(id)
    }
    case 'ok': {
      const { article } = outcome.data
      if (article.rev !== entry.summary.rev) return core.remember(article, entry.place, 'remote')
      // The same version (the file was touched or copied over itself): only its identity is new.
      core.entries.set(id, { ...entry, ...look.candidate.identity })
      core.idle.indexChanged()
    }
  }
}

/** Checks `ids` against their files; resolves when done or when the store closes. */
export async function sweep(core: StoreCore, ids: readonly string[], delayMs = SWEEP_DELAY_MS): Promise<void> {
  await pause(delayMs)
  for (let i = 0; i < ids.length && !core.closed; i += SLICE) {
    if (i > 0) await pause(PAUSE_MS)
    const suspects = ids.slice(i, i + SLICE).filter((id) => differs(core, id))
    for (const id of suspects) {
      if (core.closed) return
      // A failure here (the disk went away) leaves the entry as the index had it; the next open looks again.
      await core.write(() => settle(core, id)).catch(() => undefined)
    }
  }
}
