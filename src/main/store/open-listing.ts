// The open's look at a folder it cannot trust whole: every name in it, one lstat each, decided
// from the directory entry alone before anything is read. Temp files of interrupted writes go.
import { lstatSync, readdirSync, unlinkSync, type Stats } from 'node:fs'
import { join } from 'node:path'
import { isTempFile, type JsonFile } from '../files'
import { articleFile, type ArticleFile } from './article-file'
import type { FileIdentity } from './index-file'
import { idFromFileName, TEMP_FOLDERS, type Place, type StoreLayout } from './layout'

/**
 * Largest article file the open reads. The body's own limits (1,000,000 characters, 50,000 nodes)
 * keep a real article far below it; anything bigger is not ours and would cost the open its time.
 */
export const MAX_ARTICLE_FILE_BYTES = 64 * 1024 * 1024

export interface Candidate {
  id: string
  place: Place
  file: JsonFile<ArticleFile>
  identity: FileIdentity
}

export interface Stray {
  candidate: Candidate
  reason: string
}

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path)
  } catch {
    return null
  }
}

export function removeTempLeftovers(layout: StoreLayout): void {
  for (const folder of TEMP_FOLDERS) {
    const dir = join(layout.dir, folder)
    for (const name of readdirSync(dir)) {
      // Only our own kind of leftover: a folder that happens to carry the prefix is not ours to delete.
      if (isTempFile(name) && lstatOrNull(join(dir, name))?.isFile()) unlinkSync(join(dir, name))
    }
  }
}

/** Why an entry named like an article cannot be opened as one without reading it, or null. */
function strayReason(stats: Stats): string | null {
  if (stats.isSymbolicLink()) return 'a symbolic link, not an article file'
  if (!stats.isFile()) return stats.isDirectory() ? 'a folder, not an article file' : 'not a regular file (a device, pipe or socket)'
  if (stats.size > MAX_ARTICLE_FILE_BYTES) return `${stats.size} bytes, more than any article file (${MAX_ARTICLE_FILE_BYTES})`
  return null
}

export type Look = { kind: 'file'; candidate: Candidate } | { kind: 'stray'; stray: Stray } | { kind: 'gone' }

/** One article file by its name: a candidate to compare with the index, a stray, or nothing. */
export function lookAt(layout: StoreLayout, place: Place, id: string, now: () => Date): Look {
  const stats = lstatOrNull(layout.articleFile(place, id))
  if (!stats) return { kind: 'gone' }
  const identity: FileIdentity = { ino: stats.ino, size: stats.size, mtimeMs: stats.mtimeMs }
  const candidate: Candidate = { id, place, file: articleFile(layout, place, id, now), identity }
  // Decided from the directory entry alone: opening a pipe would wait for ever, a device or a
  // 4 GB file would fill the memory, and one such entry must not stop the store from opening.
  const reason = strayReason(stats)
  return reason ? { kind: 'stray', stray: { candidate, reason } } : { kind: 'file', candidate }
}

/** The article files in `places`, by id (two when a spike was cut short); strays are set aside. */
export function listCandidates(layout: StoreLayout, places: readonly Place[], now: () => Date, strays: Stray[]): Map<string, Candidate[]> {
  const byId = new Map<string, Candidate[]>()
  for (const place of places) {
    const dir = layout.placeDir(place)
    for (const name of readdirSync(dir)) {
      const file = join(dir, name)
      const stats = lstatOrNull(file)
      if (!stats) continue
      if (isTempFile(name)) {
        // Leftover of a write interrupted before its rename: never acknowledged, safe to drop.
        if (stats.isFile()) unlinkSync(file)
        continue
      }
      const id = idFromFileName(name)
      if (!id) continue
      const look = lookAt(layout, place, id, now)
      if (look.kind === 'stray') strays.push(look.stray)
      if (look.kind !== 'file') continue
      const list = byId.get(id) ?? []
      list.push(look.candidate)
      byId.set(id, list)
    }
  }
  return byId
}
