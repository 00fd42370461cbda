// One article, one file: `articles/<id>.json` (or `trash/<id>.json` once spiked). The file keeps,
// next to the article, when its last revision snapshot was taken, so throttling revisions never
// needs to list the revisions folder.
import { Low } from 'lowdb'
import { z } from 'zod'
import { ArticleSchema, SCHEMA_VERSION, type Article } from '../../shared/article'
import { DurableJsonFile } from './json-file-adapter'

export const SnapshotMarkSchema = z.object({
  /** When the last revision snapshot of this article was written (null: never). */
  at: z.string().nullable(),
  /** The rev that snapshot holds, so the same version is never kept twice. */
  rev: z.number().int().nonnegative()
})
export type SnapshotMark = z.infer<typeof SnapshotMarkSchema>

export const ArticleFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  article: ArticleSchema,
  snapshot: SnapshotMarkSchema,
  /** Who made this version: the actor of the save, status change or restore that wrote it. */
  savedBy: z.string()
})
export type ArticleFile = z.infer<typeof ArticleFileSchema>

/** Raw read through lowdb; null when the file does not exist. Throws UnreadableJsonError. */
export async function readArticleFileRaw(file: string): Promise<unknown> {
  const db = new Low<unknown>(new DurableJsonFile<unknown>(file), null)
  await db.read()
  return db.data
}

export async function writeArticleFile(file: string, data: ArticleFile): Promise<void> {
  const db = new Low<ArticleFile>(new DurableJsonFile<ArticleFile>(file), data)
  await db.write()
}

export function articleFileOf(article: Article, snapshot: SnapshotMark, savedBy: string): ArticleFile {
  return { schemaVersion: SCHEMA_VERSION, article, snapshot, savedBy }
}
