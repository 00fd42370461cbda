// Revision snapshots: `revisions/<id>/<rev>-<hash>.json`, each a whole article as it was. The
// current version always lives in the article file; these are the points a journalist can go
// back to.
import { mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { ArticleSchema, RevIdSchema, SCHEMA_VERSION, type Article } from '../../shared/article'
import { wordCount } from '../../shared/editor/queries'
import { removeTreeDurably, writeFileDurably } from './durable-file'
import { StoreError } from './errors'
import { parseJsonText } from './json-file-adapter'
import type { RevisionReason, RevisionSummary } from '../../shared/workflow'

// The types live in shared/workflow.ts: the renderer's compare view lists these summaries.
export type { RevisionReason, RevisionSummary }

export const RevisionFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  reason: z.enum(['create', 'edit', 'status', 'restore', 'migration']),
  takenAt: z.string(),
  savedBy: z.string(),
  article: ArticleSchema
})
export type RevisionFile = z.infer<typeof RevisionFileSchema>

const fileNameOf = (revId: string): string => {
  const [rev, hash] = revId.split('-')
  return `${String(rev).padStart(8, '0')}-${hash}.json`
}

export async function writeRevision(
  revisionDir: string,
  article: Article,
  reason: RevisionReason,
  takenAt: Date,
  savedBy: string,
  stagingDir: string
): Promise<void> {
  await mkdir(revisionDir, { recursive: true })
  const data: RevisionFile = { schemaVersion: SCHEMA_VERSION, reason, takenAt: takenAt.toISOString(), savedBy, article }
  await writeFileDurably(join(revisionDir, fileNameOf(article.revId)), JSON.stringify(data), stagingDir)
}

async function readRevisionFile(file: string): Promise<RevisionFile | null> {
  try {
    const parsed = RevisionFileSchema.safeParse(parseJsonText(file, await readFile(file, 'utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    // A damaged snapshot is skipped rather than failing the whole history.
    return null
  }
}

export async function listRevisions(revisionDir: string): Promise<RevisionSummary[]> {
  let names: string[]
  try {
    names = (await readdir(revisionDir)).filter((n) => /^\d{8}-[0-9a-f]{32}\.json$/.test(n))
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw err
  }
  names.sort()
  const out: RevisionSummary[] = []
  for (const name of names) {
    const rev = await readRevisionFile(join(revisionDir, name))
    if (!rev) continue
    out.push({
      revId: rev.article.revId,
      rev: rev.article.rev,
      savedAt: rev.article.updatedAt,
      reason: rev.reason,
      savedBy: rev.savedBy,
      headline: rev.article.headline,
      status: rev.article.status,
      words: wordCount(rev.article.body)
    })
  }
  return out.reverse()
}

export async function readRevision(revisionDir: string, id: string, revId: string): Promise<Article> {
  if (!RevIdSchema.safeParse(revId).success) {
    throw new StoreError('invalid', `"${revId}" is not a revision id (id revisi tidak sah).`)
  }
  const rev = await readRevisionFile(join(revisionDir, fileNameOf(revId)))
  if (!rev || rev.article.id !== id) {
    throw new StoreError('not-found', `Revision ${revId} of article ${id} was not found (revisi tidak ditemukan).`)
  }
  return rev.article
}

export async function removeRevisions(revisionDir: string): Promise<void> {
  await removeTreeDurably(revisionDir)
}
