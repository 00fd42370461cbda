// Opening a store: trust the index where the files prove it current, read the files where they do
// not. With a healthy index that costs one directory listing and one stat per article, not a parse
// of 10,000 files. A missing, damaged or older index means every file is read (a rebuild).
import { readdirSync, statSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'
import { SCHEMA_VERSION, summarise } from '../../shared/article'
import { ArticleFileSchema, readArticleFileRaw, writeArticleFile, type ArticleFile } from './article-file'
import { isTempFile, removeDurably } from './durable-file'
import { readIndexFile, versionOf, writeIndexFile, type FileIdentity, type IndexEntry } from './index-file'
import { UnreadableJsonError } from './json-file-adapter'
import { idFromFileName, TEMP_FOLDERS, type Place, type StoreLayout } from './layout'
import { backupStore, migrateArticleFile } from './migrations'
import { StoreError } from './errors'
import { quarantineFile, type QuarantineRecord } from './quarantine'

function newerStore(where: string, version: number): StoreError {
  return new StoreError(
    'invalid',
    `${where} was written by a newer Redaksi (schema ${version}, this one reads ${SCHEMA_VERSION}). ` +
      'Update Redaksi to open it; nothing was changed (perbarui Redaksi).'
  )
}

export interface OpenReport {
  quarantined: QuarantineRecord[]
  indexRebuilt: boolean
  migratedFrom: number | null
  backupDir: string | null
  /** Article files re-read because the index did not vouch for them (diagnostics). */
  reread: number
}

interface Candidate {
  id: string
  place: Place
  file: string
  identity: FileIdentity
}

type ReadOutcome =
  | { kind: 'ok'; candidate: Candidate; data: ArticleFile }
  | { kind: 'old'; candidate: Candidate; raw: unknown; version: number }
  | { kind: 'bad'; candidate: Candidate; reason: string }

export function identityOf(file: string): FileIdentity {
  const s = statSync(file)
  return { ino: s.ino, size: s.size, mtimeMs: s.mtimeMs }
}

const sameIdentity = (a: FileIdentity, b: FileIdentity): boolean =>
  a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs

function removeTempLeftovers(layout: StoreLayout): void {
  for (const folder of TEMP_FOLDERS) {
    const dir = join(layout.dir, folder)
    for (const name of readdirSync(dir)) if (isTempFile(name)) unlinkSync(join(dir, name))
  }
}

function listCandidates(layout: StoreLayout): Map<string, Candidate[]> {
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
      list.push({ id, place, file, identity })
      byId.set(id, list)
    }
  }
  return byId
}

async function readCandidate(candidate: Candidate): Promise<ReadOutcome> {
  let raw: unknown
  try {
    raw = await readArticleFileRaw(candidate.file)
  } catch (err) {
    if (err instanceof UnreadableJsonError) return { kind: 'bad', candidate, reason: err.reason }
    throw err
  }
  const version = versionOf(raw)
  if (version !== null && version < SCHEMA_VERSION) return { kind: 'old', candidate, raw, version }
  // A newer app's file is not damage: never quarantine it, refuse to open instead.
  if (version !== null && version > SCHEMA_VERSION) throw newerStore(candidate.file, version)
  const parsed = ArticleFileSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return { kind: 'bad', candidate, reason: `not an article file: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim() }
  }
  if (parsed.data.article.id !== candidate.id) {
    return { kind: 'bad', candidate, reason: `file name says ${candidate.id} but it holds ${parsed.data.article.id}` }
  }
  return { kind: 'ok', candidate, data: parsed.data }
}

async function readAll(candidates: Candidate[]): Promise<ReadOutcome[]> {
  const out: ReadOutcome[] = []
  // Bounded parallelism: enough to keep the disk busy, not so much that 10,000 files are open.
  for (let i = 0; i < candidates.length; i += 64) {
    out.push(...(await Promise.all(candidates.slice(i, i + 64).map(readCandidate))))
  }
  return out
}

export async function openScan(layout: StoreLayout, now: Date): Promise<{ entries: Map<string, IndexEntry>; report: OpenReport }> {
  const report: OpenReport = { quarantined: [], indexRebuilt: false, migratedFrom: null, backupDir: null, reread: 0 }
  const index = await readIndexFile(layout.index)
  if (index.kind === 'newer') throw newerStore(layout.dir, index.version)
  const known = new Map<string, IndexEntry>()
  if (index.kind === 'ok') for (const e of index.entries) known.set(e.summary.id, e)
  else report.indexRebuilt = true
  if (index.kind === 'old') report.migratedFrom = index.version

  removeTempLeftovers(layout)
  const onDisk = listCandidates(layout)
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
    (min, o) => (o.kind === 'old' ? Math.min(min ?? o.version, o.version) : min),
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
    let data: ArticleFile
    if (outcome.kind === 'bad') {
      report.quarantined.push(
        await quarantineFile(layout.quarantine, outcome.candidate.file, outcome.candidate.id, outcome.reason, now)
      )
      continue
    } else if (outcome.kind === 'old') {
      try {
        data = migrateArticleFile(outcome.raw)
        if (data.article.id !== outcome.candidate.id) {
          throw new Error(`file name says ${outcome.candidate.id} but it holds ${data.article.id}`)
        }
      } catch (err) {
        report.quarantined.push(
          await quarantineFile(layout.quarantine, outcome.candidate.file, outcome.candidate.id, `cannot migrate: ${(err as Error).message}`, now)
        )
        continue
      }
      await writeArticleFile(outcome.candidate.file, data)
      outcome.candidate.identity = identityOf(outcome.candidate.file)
    } else {
      data = outcome.data
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
  for (const loser of losers) await removeDurably(loser.file)
  for (const [id, { candidate, data }] of winners) {
    entries.set(id, { summary: summarise(data.article), place: candidate.place, file: candidate.identity })
  }
  if (report.migratedFrom !== null) await removeDurably(layout.searchIndex)
  if (changed) await writeIndexFile(layout.index, entries.values())
  return { entries, report }
}
