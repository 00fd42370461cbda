// `index.json`: a summary of every article plus the identity of the file it came from (inode, size,
// mtime). Saves do not wait for the index: it is a cache of the article files, flushed when the
// store is idle, and on open any article file whose identity differs from the index is re-read.
// Every durable write renames a new file into place, so a changed article always has a new inode.
import { statSync } from 'node:fs'
import { z } from 'zod'
import { ArticleSummarySchema, SCHEMA_VERSION, type ArticleSummary } from '../../shared/article'
import { JsonFile, type JsonFileKind } from '../files'
import type { Place } from './layout'

export interface FileIdentity {
  ino: number
  size: number
  mtimeMs: number
}

export interface IndexEntry {
  summary: ArticleSummary
  place: Place
  file: FileIdentity
}

const IndexFileSchema = z.object({
  entries: z.array(
    z.object({
      summary: ArticleSummarySchema,
      place: z.enum(['articles', 'trash']),
      file: z.object({ ino: z.number(), size: z.number(), mtimeMs: z.number() })
    })
  )
})

/** A cache of the article files: a damaged or older one is rebuilt from them, never kept. */
const INDEX_FILE: JsonFileKind<z.infer<typeof IndexFileSchema>> = { version: SCHEMA_VERSION, schema: IndexFileSchema, onDamage: 'discard' }

export const indexFile = (path: string): JsonFile<z.infer<typeof IndexFileSchema>> => new JsonFile(path, INDEX_FILE)

export async function writeIndexFile(path: string, entries: Iterable<IndexEntry>): Promise<void> {
  await indexFile(path).write({ entries: [...entries] })
}

export function identityOf(file: string): FileIdentity {
  const s = statSync(file)
  return { ino: s.ino, size: s.size, mtimeMs: s.mtimeMs }
}
