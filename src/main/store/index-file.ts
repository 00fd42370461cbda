// `index.json`: a summary of every article plus the identity of the file it came from (inode, size,
// mtime). Saves do not wait for the index: it is a cache of the article files, flushed when the
// store is idle, and on open any article file whose identity differs from the index is re-read.
// Every durable write renames a new file into place, so a changed article always has a new inode.
import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { ArticleSummarySchema, SCHEMA_VERSION, type ArticleSummary } from '../../shared/article'
import { writeFileDurably } from './durable-file'
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
  schemaVersion: z.literal(SCHEMA_VERSION),
  entries: z.array(
    z.object({
      summary: ArticleSummarySchema,
      place: z.enum(['articles', 'trash']),
      file: z.object({ ino: z.number(), size: z.number(), mtimeMs: z.number() })
    })
  )
})

export type IndexRead =
  | { kind: 'ok'; entries: IndexEntry[] }
  | { kind: 'missing' }
  | { kind: 'old'; version: number }
  | { kind: 'newer'; version: number }
  | { kind: 'damaged'; reason: string }

export async function readIndexFile(file: string): Promise<IndexRead> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' }
    throw err
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { kind: 'damaged', reason: text.trim() === '' ? 'empty file' : 'not valid JSON' }
  }
  const version = versionOf(raw)
  if (version !== null && version < SCHEMA_VERSION) return { kind: 'old', version }
  if (version !== null && version > SCHEMA_VERSION) return { kind: 'newer', version }
  const parsed = IndexFileSchema.safeParse(raw)
  if (!parsed.success) return { kind: 'damaged', reason: `unexpected shape: ${parsed.error.issues[0]?.message ?? ''}` }
  return { kind: 'ok', entries: parsed.data.entries }
}

/** v1 files said `version`; from v2 on every file says `schemaVersion`. */
export function versionOf(raw: unknown): number | null {
  if (typeof raw !== 'object' || raw === null) return null
  const r = raw as { schemaVersion?: unknown; version?: unknown }
  const v = r.schemaVersion ?? r.version
  return typeof v === 'number' && Number.isInteger(v) ? v : null
}

export async function writeIndexFile(file: string, entries: Iterable<IndexEntry>): Promise<void> {
  await writeFileDurably(file, JSON.stringify({ schemaVersion: SCHEMA_VERSION, entries: [...entries] }))
}
