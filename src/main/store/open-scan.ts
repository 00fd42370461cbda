// Opening a store: trust the index where the files prove it current, read the files where they do
// not. With a healthy index that costs one directory listing and one stat per article, not a parse
// of 10,000 files. A missing, damaged or older index means every file is read (a rebuild).
import { lstatSync, readdirSync, unlinkSync, type Stats } from 'node:fs'
import { join } from 'node:path'
import { summarise } from '../../shared/article'
import { RedaksiFailure } from '../../shared/result'
import { isTempFile, removeDurably, type JsonFile } from '../files'
import { articleFile, type ArticleFile } from './article-file'
import { identityOf, indexFile, writeIndexFile, type FileIdentity, type IndexEntry } from './index-file'
import { idFromFileName, TEMP_FOLDERS, type Place, type StoreLayout } from './layout'
import { backupStore } from './migrations'
import { settleStagedSnapshot } from './revisions'
import type { LockTakeover } from '../../shared/open-report'

/**
 * Largest article file the open reads. The body's own limits (1,000,000 characters, 50,000 nodes)
 * keep a real article far below it; anything bigger is not ours and would cost the open its time.
 */
export const MAX_ARTICLE_FILE_BYTES = 64 * 1024 * 1024

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

interface Candidate {
  id: string
  place: Place
  file: JsonFile<ArticleFile>
  identity: FileIdentity
}

type ReadOutcome =
  | { kind: 'ok'; candidate: Candidate; data: ArticleFile; migratedFrom: number | null }
  | { kind: 'bad'; candidate: Candidate; reason: string }
  | { kind: 'skipped'; candidate: Candidate; why: SkippedRecord['why']; reason: string }
  | { kind: 'gone'; candidate: Candidate }

const sameIdentity = (a: FileIdentity, b: FileIdentity): boolean =>
  a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path)
  } catch {
    return null
  }
}

function removeTempLeftovers(layout: StoreLayout): void {
  for (const folder of TEMP_FOLDERS) {
    const dir = join(layout.dir, folder)
    for (const name of readdirSync(dir)) {
      // Only our own kind of leftover: a folder that happens to carry the prefix is not ours to delete.
      if (isTempFile(name) && lstatOrNull(join(dir, name))?.isFile()) unlinkSync(join(dir, name))
    }
  }
}

/** Why an entry named like an article cannot be opened as one without reading it, or null. */
function strayReason(stats: Stats): string | null {
  if (stats.isSymbolicLink()) return 'a symbolic link, not an article file'
  if (!stats.isFile()) return stats.isDirectory() ? 'a folder, not an article file' : 'not a regular file (a device, pipe or socket)'
  if (stats.size > MAX_ARTICLE_FILE_BYTES) return `${stats.size} bytes, more than any article file (${MAX_ARTICLE_FILE_BYTES})`
  return null
}

function listCandidates(layout: StoreLayout, now: () => Date, strays: Array<{ candidate: Candidate; reason: string }>): Map<string, Candidate[]> {
  const byId = new Map<string, Candidate[]>()
  for (const place of ['articles', 'trash'] as const) {
    const dir = place === 'articles' ? layout.articles : layout.trash
    for (const name of readdirSync(dir)) {
      const file = join(dir, name)
      const stats = lstatOrNull(file)
      if (!stats) continue
      if (isTempFile(name)) {
        // Leftover of a write interrupted before its rename: never acknowledged, safe to drop.
        if (stats.isFile()) unlinkSync(file)
        continue
      }
      const id = idFromFileName(name)
      if (!id) continue
      const identity: FileIdentity = { ino: stats.ino, size: stats.size, mtimeMs: stats.mtimeMs }
      // Decided from the directory entry alone: opening a pipe would wait for ever, a device or a
      // 4 GB file would fill the memory, and one such entry must not stop the store from opening.
      const stray = strayReason(stats)
      if (stray) {
        strays.push({ candidate: { id, place, file: articleFile(layout, place, id, now), identity }, reason: stray })
        continue
      }
      const list = byId.get(id) ?? []
      list.push({ id, place, file: articleFile(layout, place, id, now), identity })
      byId.set(id, list)
    }
  }
  return byId
}

/** Reads without moving anything: damage is settled only after a migration's backup. */
async function readCandidate(candidate: Candidate): Promise<ReadOutcome> {
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

export async function openScan(layout: StoreLayout, clock: () => Date): Promise<{ entries: Map<string, IndexEntry>; report: OpenReport }> {
  const now = clock()
  const report: OpenReport = { quarantined: [], skipped: [], indexRebuilt: false, migratedFrom: null, backupDir: null, reread: 0, lockTakenOver: null }
  const index = await indexFile(layout.index).inspect()
  if (index.state === 'newer') throw newerStore(layout.index, index.version)
  const known = new Map<string, IndexEntry>()
  if (index.state === 'ok') for (const e of index.data.entries) known.set(e.summary.id, e)
  else report.indexRebuilt = true
  if (index.state === 'old') report.migratedFrom = index.version

  removeTempLeftovers(layout)
  const strays: Array<{ candidate: Candidate; reason: string }> = []
  const onDisk = listCandidates(layout, clock, strays)
  const entries = new Map<string, IndexEntry>()
  const toRead: Candidate[] = []
  for (const [id, candidates] of onDisk) {
    const entry = known.get(id)
    const only = candidates.length === 1 ? candidates[0] : undefined
    if (entry && only && entry.place === only.place && sameIdentity(entry.file, only.identity)) {
      entries.set(id, entry)
    } else {
      toRead.push(...candidates)
    }
  }
  let changed = report.indexRebuilt || [...known.keys()].some((id) => !onDisk.has(id))

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
    entries.set(id, { summary: summarise(data.article), place: candidate.place, file: candidate.identity })
  }
  if (report.migratedFrom !== null) await removeDurably(layout.searchIndex)
  if (changed) await writeIndexFile(layout.index, entries.values())
  await settleStaged(layout, entries, clock)
  return { entries, report }
}
