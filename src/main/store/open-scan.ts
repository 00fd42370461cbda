// Opening a store: trust the index where the files prove it current, read the files where they do
// not. With a healthy index that costs one directory listing and one stat per article, not a parse
// of 10,000 files. A missing, damaged or older index means every file is read (a rebuild).
import { readdirSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'
import { summarise } from '../../shared/article'
import { RedaksiFailure } from '../../shared/result'
import { isTempFile, removeDurably, type JsonFile } from '../files'
import { articleFile, type ArticleFile } from './article-file'
import { identityOf, indexFile, writeIndexFile, type FileIdentity, type IndexEntry } from './index-file'
import { idFromFileName, TEMP_FOLDERS, type Place, type StoreLayout } from './layout'
import { backupStore } from './migrations'
import type { LockTakeover } from '../../shared/open-report'

/** A newer app's file is not damage: the store refuses to open and changes nothing. */
const newerStore = (file: string, version: number): RedaksiFailure => new RedaksiFailure('store.newer-schema', { file, version })

export interface QuarantineRecord {
  /** Where the damaged file now lies. */
  file: string
  articleId: string | null
  reason: string
}

export interface OpenReport {
  quarantined: QuarantineRecord[]
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
  | { kind: 'gone'; candidate: Candidate }

const sameIdentity = (a: FileIdentity, b: FileIdentity): boolean =>
  a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs

function removeTempLeftovers(layout: StoreLayout): void {
  for (const folder of TEMP_FOLDERS) {
    const dir = join(layout.dir, folder)
    for (const name of readdirSync(dir)) if (isTempFile(name)) unlinkSync(join(dir, name))
  }
}

function listCandidates(layout: StoreLayout, now: () => Date): Map<string, Candidate[]> {
  const byId = new Map<string, Candidate[]>()
  for (const place of ['articles', 'trash'] as const) {
    const dir = place === 'articles' ? layout.articles : layout.trash
    for (const name of readdirSync(dir)) {
      const file = join(dir, name)
      if (isTempFile(name)) {
        // Leftover of a write interrupted before its rename: never acknowledged, safe to drop.
        unlinkSync(file)
        continue
      }
      const id = idFromFileName(name)
      if (!id) continue
      let identity: FileIdentity
      try {
        identity = identityOf(file)
      } catch {
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
  const found = await candidate.file.inspect()
  switch (found.state) {
    case 'newer':
      throw newerStore(candidate.file.path, found.version)
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

export async function openScan(layout: StoreLayout, clock: () => Date): Promise<{ entries: Map<string, IndexEntry>; report: OpenReport }> {
  const now = clock()
  const report: OpenReport = { quarantined: [], indexRebuilt: false, migratedFrom: null, backupDir: null, reread: 0, lockTakenOver: null }
  const index = await indexFile(layout.index).inspect()
  if (index.state === 'newer') throw newerStore(layout.index, index.version)
  const known = new Map<string, IndexEntry>()
  if (index.state === 'ok') for (const e of index.data.entries) known.set(e.summary.id, e)
  else report.indexRebuilt = true
  if (index.state === 'old') report.migratedFrom = index.version

  removeTempLeftovers(layout)
  const onDisk = listCandidates(layout, clock)
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

  const winners = new Map<string, { candidate: Candidate; data: ArticleFile }>()
  const losers: Candidate[] = []
  for (const outcome of outcomes) {
    const { candidate } = outcome
    if (outcome.kind === 'gone') continue
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
  return { entries, report }
}
