// When the trash is emptied an article leaves a tombstone: its id and a final revision marked
// deleted. A replica that still holds the article learns from it that the deletion is newer than
// its copy, CouchDB's `_deleted` in file form.
import { readdir } from 'node:fs/promises'
import { z } from 'zod'
import { ArticleIdSchema, RevIdSchema, SCHEMA_VERSION, type Article } from '../../shared/article'
import { JsonFile, removeDurably, type JsonFileKind } from '../files'
import { makeRevId } from './ids'
import type { StoreLayout } from './layout'
import type { QuarantineRecord } from './open-scan'

const TombstoneSchema = z.object({
  id: ArticleIdSchema,
  rev: z.number().int().positive(),
  revId: RevIdSchema,
  deleted: z.literal(true),
  deletedAt: z.string()
})

export interface Tombstone extends z.infer<typeof TombstoneSchema> {
  schemaVersion: number
}

const TOMBSTONE_FILE: JsonFileKind<z.infer<typeof TombstoneSchema>> = { version: SCHEMA_VERSION, schema: TombstoneSchema, onDamage: 'quarantine' }

const tombstoneFile = (layout: StoreLayout, id: string, now: () => Date) =>
  new JsonFile(layout.tombstoneFile(id), TOMBSTONE_FILE, { quarantineDir: layout.quarantine, subject: id, now })

export async function writeTombstone(layout: StoreLayout, last: Article, now: () => Date): Promise<Tombstone> {
  const rev = last.rev + 1
  const revId = makeRevId(rev, last.revId, { _deleted: true })
  const tombstone = { id: last.id, rev, revId, deleted: true as const, deletedAt: now().toISOString() }
  await tombstoneFile(layout, last.id, now).write(tombstone)
  return { schemaVersion: SCHEMA_VERSION, ...tombstone }
}

/** An article that exists again (the server sent it back) no longer has a deletion to tell. */
export async function removeTombstone(layout: StoreLayout, id: string): Promise<void> {
  await removeDurably(layout.tombstoneFile(id))
}

/** Every readable tombstone; a damaged one only loses replication bookkeeping: quarantined and reported. */
export async function listTombstones(layout: StoreLayout, now: () => Date, quarantined: (r: QuarantineRecord) => void): Promise<Tombstone[]> {
  const names = await readdir(layout.tombstones).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [] as string[]
    throw err
  })
  const out: Tombstone[] = []
  for (const name of names.filter((n) => /^[0-9A-HJKMNP-TV-Z]{26}\.json$/.test(n)).sort()) {
    const id = name.slice(0, -'.json'.length)
    const read = await tombstoneFile(layout, id, now).read()
    if (read.state === 'ok') out.push({ schemaVersion: SCHEMA_VERSION, ...read.data })
    if (read.state === 'quarantined') quarantined({ file: read.movedTo, articleId: id, reason: read.reason })
  }
  return out
}

