// Revision snapshots: `revisions/<id>/<rev>-<hash>.json`, each a whole article as it was. The
// current version always lives in the article file; these are the points a journalist can go
// back to. A damaged snapshot is quarantined and left out of the history, never fatal to it.
import { readdir, rmdir } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { ArticleSchema, RevIdSchema, SCHEMA_VERSION, type Article } from '../../shared/article'
import { wordCount } from '../../shared/editor/queries'
import { RedaksiFailure } from '../../shared/result'
import { JsonFile, mkdirDurably, moveDurably, removeDurably, removeTreeDurably, type JsonFileKind } from '../files'
import type { QuarantineRecord } from './open-scan'
import type { RevisionReason, RevisionSummary } from '../../shared/workflow'

// The types live in shared/workflow.ts: the renderer's compare view lists these summaries.
export type { RevisionReason, RevisionSummary }

const RevisionFileSchema = z.object({
  reason: z.enum(['create', 'edit', 'status', 'restore', 'migration', 'remote']),
  takenAt: z.string(),
  savedBy: z.string(),
  article: ArticleSchema
})
type RevisionFile = z.infer<typeof RevisionFileSchema>

const REVISION_FILE: JsonFileKind<RevisionFile> = { version: SCHEMA_VERSION, schema: RevisionFileSchema, onDamage: 'quarantine' }

const fileNameOf = (revId: string): string => {
  const [rev, hash] = revId.split('-')
  return `${String(rev).padStart(8, '0')}-${hash}.json`
}

export interface RevisionFolder {
  dir: string
  /** Where snapshots are written before their rename: one folder cleaned on open, not one per article. */
  staging: string
  quarantine: string
  articleId: string
  now: () => Date
  /** Told of every snapshot moved to quarantine while reading. */
  quarantined: (record: QuarantineRecord) => void
}

const fileIn = (folder: RevisionFolder, name: string): JsonFile<RevisionFile> =>
  new JsonFile(join(folder.dir, name), REVISION_FILE, {
    tempDir: folder.staging,
    quarantineDir: folder.quarantine,
    subject: folder.articleId,
    now: folder.now
  })

export async function writeRevision(folder: RevisionFolder, article: Article, reason: RevisionReason, takenAt: Date, savedBy: string): Promise<void> {
  await mkdirDurably(folder.dir)
  await fileIn(folder, fileNameOf(article.revId)).write({ reason, takenAt: takenAt.toISOString(), savedBy, article })
}

/** The snapshot, or null when there is none; a damaged one is quarantined, reported, and also null. */
async function readRevisionFile(folder: RevisionFolder, name: string): Promise<RevisionFile | null> {
  const read = await fileIn(folder, name).read()
  if (read.state === 'ok') return read.data
  if (read.state === 'quarantined') folder.quarantined({ file: read.movedTo, articleId: folder.articleId, reason: read.reason })
  return null
}

export async function listRevisions(folder: RevisionFolder): Promise<RevisionSummary[]> {
  let names: string[]
  try {
    names = (await readdir(folder.dir)).filter((n) => /^\d{8}-[0-9a-f]{32}\.json$/.test(n))
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw err
  }
  const kept: { takenAt: string; summary: RevisionSummary }[] = []
  for (const name of names) {
    const rev = await readRevisionFile(folder, name)
    if (!rev) continue
    kept.push({
      takenAt: rev.takenAt,
      summary: {
        revId: rev.article.revId,
        rev: rev.article.rev,
        savedAt: rev.article.updatedAt,
        reason: rev.reason,
        savedBy: rev.savedBy,
        headline: rev.article.headline,
        status: rev.article.status,
        words: wordCount(rev.article.body)
      }
    })
  }
  // Newest first. Two versions can share a rev (a local edit and the server's): the later saved comes first.
  const later = (x: string, y: string): number => (x < y ? 1 : x > y ? -1 : 0)
  kept.sort((a, b) => b.summary.rev - a.summary.rev || later(a.summary.savedAt, b.summary.savedAt) || later(a.takenAt, b.takenAt))
  return kept.map((k) => k.summary)
}

export async function readRevision(folder: RevisionFolder, revId: string): Promise<Article> {
  if (!RevIdSchema.safeParse(revId).success) throw new RedaksiFailure('store.bad-revision-id', { revId })
  const rev = await readRevisionFile(folder, fileNameOf(revId))
  if (!rev || rev.article.id !== folder.articleId) throw new RedaksiFailure('store.revision-not-found', { revId, id: folder.articleId })
  return rev.article
}

/**
 * The snapshot of a version that is about to become current, written before the article file so
 * that a change and its snapshot land together: staged in `staging/` first, put in place once the
 * article is committed, dropped if the commit fails. A crash in between is settled on the next
 * open (settleStagedSnapshot): kept if the article holds that version, dropped otherwise.
 */
export interface StagedSnapshot {
  place(): Promise<void>
  abandon(): Promise<void>
}

const STAGED = /^snapshot\.([0-9A-HJKMNP-TV-Z]{26})\.(\d{8}-[0-9a-f]{32}\.json)$/

export async function stageRevision(folder: RevisionFolder, article: Article, reason: RevisionReason, takenAt: Date, savedBy: string): Promise<StagedSnapshot> {
  const name = fileNameOf(article.revId)
  const staged = join(folder.staging, `snapshot.${article.id}.${name}`)
  // The folder first: on a full disk it is the snapshot that fails, before the article is touched.
  await mkdirDurably(folder.dir)
  await new JsonFile(staged, { ...REVISION_FILE, onDamage: 'discard' }, { tempDir: folder.staging }).write({ reason, takenAt: takenAt.toISOString(), savedBy, article })
  return {
    place: () => moveDurably(staged, join(folder.dir, name)),
    abandon: async () => {
      await removeDurably(staged)
      // The folder made for a first snapshot goes too (rmdir refuses a folder with history in it).
      await rmdir(folder.dir).catch(() => undefined)
    }
  }
}

/**
 * A snapshot left staged by a crash: put in place when `currentRevId` (the article's version now,
 * or null when there is no such article) is its version, removed otherwise. Not ours: false.
 */
export async function settleStagedSnapshot(staging: string, name: string, revisionDir: (id: string) => string, currentRevId: (id: string) => Promise<string | null>): Promise<boolean> {
  const match = STAGED.exec(name)
  if (!match) return false
  const [, id, fileName] = match as unknown as [string, string, string]
  const path = join(staging, name)
  const read = await new JsonFile(path, { ...REVISION_FILE, onDamage: 'discard' }).inspect()
  const current = await currentRevId(id)
  if (read.state === 'ok' && current !== null && read.data.article.id === id && read.data.article.revId === current) {
    await moveDurably(path, join(revisionDir(id), fileName))
  } else {
    await removeDurably(path)
  }
  return true
}

export async function removeRevisions(folder: RevisionFolder): Promise<void> {
  await removeTreeDurably(folder.dir)
}
