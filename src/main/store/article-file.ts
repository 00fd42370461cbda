// One article, one file: `articles/<id>.json` (or `trash/<id>.json` once spiked). The file keeps,
// next to the article, when its last revision snapshot was taken, so throttling revisions never
// needs to list the revisions folder.
import { z } from 'zod'
import { ArticleSchema, SCHEMA_VERSION, type Article } from '../../shared/article'
import { RedaksiFailure } from '../../shared/result'
import { JsonFile, type JsonFileKind } from '../files'
import type { Place, StoreLayout } from './layout'
import { migrateArticleFile } from './migrations'

export const SnapshotMarkSchema = z.object({
  /** When the last revision snapshot of this article was written (null: never). */
  at: z.string().nullable(),
  /** The rev that snapshot holds, so the same version is never kept twice. */
  rev: z.number().int().nonnegative()
})
export type SnapshotMark = z.infer<typeof SnapshotMarkSchema>

export const ArticleFileSchema = z.object({
  article: ArticleSchema,
  snapshot: SnapshotMarkSchema,
  /** Who made this version: the actor of the save, status change or restore that wrote it. */
  savedBy: z.string()
})
export type ArticleFile = z.infer<typeof ArticleFileSchema>

/** Damaged article files are quarantined and reported; older ones are migrated (after a backup, see open-scan). */
export const ARTICLE_FILE: JsonFileKind<ArticleFile> = {
  version: SCHEMA_VERSION,
  schema: ArticleFileSchema,
  onDamage: 'quarantine',
  migrate: migrateArticleFile
}

export function articleFile(layout: StoreLayout, place: Place, id: string, now: () => Date): JsonFile<ArticleFile> {
  const path = layout.articleFile(place, id)
  return new JsonFile(path, ARTICLE_FILE, {
    quarantineDir: layout.quarantine,
    subject: id,
    now,
    newer: (version) => new RedaksiFailure('store.newer-schema', { file: path, version })
  })
}

export function articleFileOf(article: Article, snapshot: SnapshotMark, savedBy: string): ArticleFile {
  return { article, snapshot, savedBy }
}
