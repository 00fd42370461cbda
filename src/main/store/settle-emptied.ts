// Emptying the trash takes three durable steps for each article: its tombstone (the deletion
// sync will tell), then its file (the point of no return), then its revisions. A crash can stop
// it between any two, and the open settles what it finds, so the article is either still in the
// trash with all its history, or gone with nothing of it left but the tombstone:
// - a tombstone beside an article that exists is stale: the deletion never reached the file (or
//   the server sent the article back, remote.ts, and the tombstone's removal was cut short);
// - a tombstone with no article but a revisions folder is a deletion that did reach the file:
//   the history goes too. A revisions folder without a tombstone is left alone (a quarantined
//   article's history is what a person recovers it from).
import { readdirSync } from 'node:fs'
import { removeTreeDurably } from '../files'
import type { IndexEntry } from './index-file'
import { idFromFileName, type StoreLayout } from './layout'
import { removeTombstone } from './tombstones'

export async function settleEmptied(layout: StoreLayout, entries: ReadonlyMap<string, IndexEntry>): Promise<void> {
  const tombstoned = readdirSync(layout.tombstones)
    .map(idFromFileName)
    .filter((id): id is string => id !== null)
  if (tombstoned.length === 0) return
  const withHistory = new Set(readdirSync(layout.revisions))
  for (const id of tombstoned) {
    if (entries.has(id)) await removeTombstone(layout, id)
    else if (withHistory.has(id)) await removeTreeDurably(layout.revisionDir(id))
  }
}
