// When the trash is emptied an article leaves a tombstone: its id and a final revision marked
// deleted. A replica that still holds the article learns from it that the deletion is newer than
// its copy, CouchDB's `_deleted` in file form.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { SCHEMA_VERSION, type Article } from '../../shared/article'
import { writeFileDurably } from './durable-file'
import { makeRevId } from './ids'

export interface Tombstone {
  schemaVersion: number
  id: string
  rev: number
  revId: string
  deleted: true
  deletedAt: string
}

export async function writeTombstone(file: string, last: Article, now: Date): Promise<Tombstone> {
  const rev = last.rev + 1
  const tombstone: Tombstone = {
    schemaVersion: SCHEMA_VERSION,
    id: last.id,
    rev,
    revId: makeRevId(rev, last.revId, { _deleted: true }),
    deleted: true,
    deletedAt: now.toISOString()
  }
  await writeFileDurably(file, JSON.stringify(tombstone))
  return tombstone
}

export async function listTombstones(dir: string): Promise<Tombstone[]> {
  const names = await readdir(dir).catch(() => [] as string[])
  const out: Tombstone[] = []
  for (const name of names.filter((n) => n.endsWith('.json'))) {
    try {
      out.push(JSON.parse(await readFile(join(dir, name), 'utf8')) as Tombstone)
    } catch {
      // An unreadable tombstone only loses replication bookkeeping, never an article.
    }
  }
  return out
}
