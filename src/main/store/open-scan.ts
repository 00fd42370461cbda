// Opening a store: trust the index where the files prove it current, read the files where they do
// not. A folder whose identity is the one the index recorded is trusted whole: one stat, no listing
// (decision 0101). In any other folder each file is lstat'ed and those whose identity differs
// from the index are read. A missing, damaged or older index means every file is read (a rebuild).
import { existsSync, readdirSync } from 'node:fs'
import { summarise } from '../../shared/article'
import { RedaksiFailure } from '../../shared/result'
import { removeDurably } from '../files'
import { articleFile, type ArticleFile } from './article-file'
import { dirIdentity, sameDir, waitBeforeVouching, type DirIdentity } from './dir-identity'
import { identityOf, readIndex, writeIndexFile, type FileIdentity, type IndexDirs, type IndexEntry } from './index-file'
import type { Place, StoreLayout } from './layout'
import { backupStore } from './migrations'
import { listCandidates, lookAt, removeTempLeftovers, type Candidate, type Stray } from './open-listing'
import { settleStagedSnapshot } from './revisions'
import type { LockTakeover } from '../../shared/open-report'

export { MAX_ARTICLE_FILE_BYTES } from './open-listing'

const PLACES: readonly Place[] = ['articles', 'trash']

/** A newer app's index is not damage: the store refuses to open and changes nothing. */
const newerStore = (file: string, version: number): RedaksiFailure => new RedaksiFailure('store.newer-schema', { file, version })

export interface QuarantineRecord {
  /** Where the damaged file now lies. */
  file: string
  articleId: string | null
  reason: string
}

/** A file the open left where it is and did not open (a newer Redaksi's, or one it may not read). */
export interface SkippedRecord {
  file: string
  articleId: string
  why: 'newer' | 'unreadable'
  reason: string
}

export interface OpenReport {
  quarantined: QuarantineRecord[]
  skipped: SkippedRecord[]
  indexRebuilt: boolean
  migratedFrom: number | null
  backupDir: string | null
  /** Article files re-read because the index did not vouch for them (diagnostics). */
  reread: number
  /** The lock of a holder that was gone, taken over on open (store-lock.ts). */
  lockTakenOver: LockTakeover | null
}

export type ReadOutcome =
  | { kind: 'ok'; candidate: Candidate; data: ArticleFile; migratedFrom: number | null }
  | { kind: 'bad'; candidate: Candidate; reason: string }
  | { kind: 'skipped'; candidate: Candidate; why: SkippedRecord['why']; reason: string }
  | { kind: 'gone'; candidate: Candidate }

const sameIdentity = (a: FileIdentity, b: FileIdentity): boolean =>
  a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs

/** Reads without moving anything: damage is settled only after a migration's backup. */
export async function readCandidate(candidate: Candidate): Promise<ReadOutcome> {
  let found: Awaited<ReturnType<typeof candidate.file.inspect>>
  try {
    found = await candidate.file.inspect()
  } catch (err) {
    // Permission denied, an I/O error: not ours to move, and the rest of the store still opens.
    return { kind: 'skipped', candidate, why: 'unreadable', reason: (err as NodeJS.ErrnoException).code ?? String(err) }
  }
  switch (found.state) {
    case 'newer':
      // A newer Redaksi's article is left exactly as it is; this one opens everything else.
      return { kind: 'skipped', candidate, why: 'newer', reason: `schema ${found.version}` }
    case 'missing':
      return { kind: 'gone', candidate }
    case 'old':
    case 'damaged':
      return { kind: 'bad', candidate, reason: found.state === 'old' ? `schema ${found.version} has no migration` : found.reason }
    case 'ok': {
      const held = found.data.article.id
      if (held !== candidate.id) return { kind: 'bad', candidate, reason: `file name says ${candidate.id} but it holds ${held}` }
      return { kind: 'ok', candidate, data: found.data, migratedFrom: found.migratedFrom }
    }
  }
}

async function readAll(candidates: Candidate[]): Promise<ReadOutcome[]> {
  const out: ReadOutcome[] = []
  // Bounded parallelism: enough to keep the disk busy, not so much that 10,000 files are open.
  for (let i = 0; i < candidates.length; i += 64) {
    out.push(...(await Promise.all(candidates.slice(i, i + 64).map(readCandidate))))
  }
  return out
}

/** Snapshots a crash left staged (revisions.ts, stageRevision): kept if their version is current. */
async function settleStaged(layout: StoreLayout, entries: Map<string, IndexEntry>, clock: () => Date): Promise<void> {
  const currentRevId = async (id: string): Promise<string | null> => {
    const entry = entries.get(id)
    if (!entry) return null
    const read = await articleFile(layout, entry.place, id, clock).inspect()
    return read.state === 'ok' ? read.data.article.revId : null
  }
  for (const name of readdirSync(layout.staging)) await settleStagedSnapshot(layout.staging, name, layout.revisionDir, currentRevId)
}

export interface OpenScan {
  entries: Map<string, IndexEntry>
  report: OpenReport
  /** articles/ and trash/ as the open left them: what the store's own changes start from. */
  dirs: Record<Place, DirIdentity>
  /** Whether the index on disk now vouches for both folders; if not, the store writes it soon. */
  indexVouches: boolean
  /** Articles in trusted folders whose files were not stat'ed: the store checks them after the open (open-sweep.ts). */
  unswept: string[]
}

/**
 * Up to this many articles in trusted folders, the open stat's each of their files itself (about
 * 30 ms for 10,000), so a file rewritten in place is found before the open returns; above it the
 * same check runs after the open, a slice at a time (decision 0101).
 */
export const SWEEP_INLINE_UP_TO = 20_000

/** What an index written now may record: an identity whose clock tick is not over vouches for nothing. */
const vouching = (dirs: Record<Place, DirIdentity>): IndexDirs => ({
  articles: waitBeforeVouching(dirs.articles) === 0 ? dirs.articles : null,
  trash: waitBeforeVouching(dirs.trash) === 0 ? dirs.trash : null
})

export async function openScan(layout: StoreLayout, clock: () => Date, sweepInlineUpTo = SWEEP_INLINE_UP_TO): Promise<OpenScan> {
  const now = clock()
  const report: OpenReport = { quarantined: [], skipped: [], indexRebuilt: false, migratedFrom: null, backupDir: null, reread: 0, lockTakenOver: null }
  const index = await readIndex(layout)
  if (index.state === 'newer') throw newerStore(index.file, index.version)
  const known = new Map<string, IndexEntry>()
  if (index.state === 'ok') for (const e of index.entries) known.set(e.summary.id, e)
  else report.indexRebuilt = true
  if (index.state === 'old') report.migratedFrom = index.version
  const recorded: IndexDirs = index.state === 'ok' ? index.dirs : { articles: null, trash: null }

  removeTempLeftovers(layout)
  const trusted = new Set(PLACES.filter((p) => sameDir(recorded[p], dirIdentity(layout.placeDir(p)))))
  const strays: Stray[] = []
  const onDisk = listCandidates(layout, PLACES.filter((p) => !trusted.has(p)), clock, strays)
  const entries = new Map<string, IndexEntry>()
  const toRead: Candidate[] = []
  // A legacy index.json is replaced by index.txt on this open, whatever else it finds.
  let changed = report.indexRebuilt || existsSync(layout.legacyIndex)
  let inTrusted = 0
  for (const entry of known.values()) if (trusted.has(entry.place)) inTrusted++
  const inline = inTrusted <= sweepInlineUpTo
  const unswept: string[] = []
  for (const [id, entry] of known) {
    if (!trusted.has(entry.place)) {
      if (!onDisk.has(id)) changed = true
      continue
    }
    const copies = onDisk.get(id)
    // A copy in the other folder as well (a spike cut short): both are read and the higher rev kept.
    if (copies) copies.push({ id, place: entry.place, file: articleFile(layout, entry.place, id, clock), identity: entry })
    else if (!inline) {
      entries.set(id, entry)
      unswept.push(id)
    } else {
      // The folder vouches for its names; a file rewritten in place still shows in its own identity.
      const look = lookAt(layout, entry.place, id, clock)
      if (look.kind === 'stray') strays.push(look.stray)
      if (look.kind !== 'file') changed = true
      else if (sameIdentity(entry, look.candidate.identity)) entries.set(id, entry)
      else toRead.push(look.candidate)
    }
  }
  for (const [id, candidates] of onDisk) {
    const entry = known.get(id)
    const only = candidates.length === 1 ? candidates[0] : undefined
    if (entry && only && entry.place === only.place && sameIdentity(entry, only.identity)) {
      entries.set(id, entry)
    } else {
      toRead.push(...candidates)
    }
  }

  const outcomes = await readAll(toRead)
  report.reread = outcomes.length
  if (outcomes.length > 0) changed = true

  const oldest = outcomes.reduce<number | null>(
    (min, o) => (o.kind === 'ok' && o.migratedFrom !== null ? Math.min(min ?? o.migratedFrom, o.migratedFrom) : min),
    null
  )
  if (oldest !== null) {
    report.migratedFrom = Math.min(report.migratedFrom ?? oldest, oldest)
  }
  if (report.migratedFrom !== null) {
    // Back up before the first byte is rewritten or moved, damaged files included.
    report.backupDir = await backupStore(layout, report.migratedFrom, now)
  }

  for (const { candidate, reason } of strays) {
    try {
      const settled = await candidate.file.settle(reason)
      if (settled.state === 'quarantined') report.quarantined.push({ file: settled.movedTo, articleId: candidate.id, reason })
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? String(err)
      report.skipped.push({ file: candidate.file.path, articleId: candidate.id, why: 'unreadable', reason: `${reason}; not moved: ${code}` })
    }
  }
  const winners = new Map<string, { candidate: Candidate; data: ArticleFile }>()
  const losers: Candidate[] = []
  for (const outcome of outcomes) {
    const { candidate } = outcome
    if (outcome.kind === 'gone') continue
    if (outcome.kind === 'skipped') {
      report.skipped.push({ file: candidate.file.path, articleId: candidate.id, why: outcome.why, reason: outcome.reason })
      continue
    }
    if (outcome.kind === 'bad') {
      const settled = await candidate.file.settle(outcome.reason)
      if (settled.state === 'quarantined') report.quarantined.push({ file: settled.movedTo, articleId: candidate.id, reason: outcome.reason })
      continue
    }
    const { data } = outcome
    if (outcome.migratedFrom !== null) {
      await candidate.file.write(data)
      candidate.identity = identityOf(candidate.file.path)
    }
    const best = winners.get(data.article.id)
    // Two copies only happen when a spike or unspike was cut short: the higher rev is the newer.
    if (!best || data.article.rev > best.data.article.rev) {
      if (best) losers.push(best.candidate)
      winners.set(data.article.id, { candidate: outcome.candidate, data })
    } else {
      losers.push(outcome.candidate)
    }
  }
  for (const loser of losers) await removeDurably(loser.file.path)
  for (const [id, { candidate, data }] of winners) {
    entries.set(id, { summary: summarise(data.article), place: candidate.place, ...candidate.identity })
  }
  if (report.migratedFrom !== null) await removeDurably(layout.searchIndex)
  // Stat'ed after the open's own moves (quarantine, a loser removed, a migrated file rewritten).
  const dirs = { articles: dirIdentity(layout.articles), trash: dirIdentity(layout.trash) }
  let indexVouches = !changed && PLACES.every((p) => sameDir(recorded[p], dirs[p]))
  if (changed) {
    const written = vouching(dirs)
    await writeIndexFile(layout.index, entries.values(), written)
    if (existsSync(layout.legacyIndex)) await removeDurably(layout.legacyIndex)
    indexVouches = PLACES.every((p) => written[p] !== null)
  }
  await settleStaged(layout, entries, clock)
  return { entries, report, dirs, indexVouches, unswept }
}
