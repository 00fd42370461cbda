// The index: a summary of every article, the identity of the file it came from (inode, size,
// mtime) and of the folders those files lie in. Saves do not wait for it: it is a cache of the
// article files, flushed when the store is idle. On open a folder whose identity matches the index
// is trusted whole (decision 0101); in any other folder each file whose identity differs is
// re-read. Every durable write renames a new file into place, so a changed article always has a
// new inode and its folder a new mtime. The bytes are index-codec.ts's (decision 0100).
import { readFile } from 'node:fs/promises'
import { statSync } from 'node:fs'
import { SCHEMA_VERSION } from '../../shared/article'
import { writeFileDurably } from '../files'
import { decodeIndex, encodeIndex, type FileIdentity, type IndexDirs, type IndexEntry } from './index-codec'
import type { StoreLayout } from './layout'
import { inspectLegacyIndex } from './legacy-index'

export type { FileIdentity, IndexDirs, IndexEntry } from './index-codec'

export type IndexRead =
  | { state: 'ok'; entries: IndexEntry[]; dirs: IndexDirs }
  | { state: 'missing' }
  | { state: 'old'; version: number }
  | { state: 'newer'; version: number; file: string }
  | { state: 'damaged'; reason: string }

const NO_DIRS: IndexDirs = { articles: null, trash: null }

/** `index.txt`, or the `index.json` of earlier versions when there is no `index.txt` yet. */
export async function readIndex(layout: StoreLayout): Promise<IndexRead> {
  let bytes: Buffer
  try {
    bytes = await readFile(layout.index)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
    const legacy = await inspectLegacyIndex(layout.legacyIndex)
    if (legacy.state === 'newer') return { ...legacy, file: layout.legacyIndex }
    // The old index never recorded its folders: every file is checked against it once.
    return legacy.state === 'ok' ? { state: 'ok', entries: legacy.data, dirs: NO_DIRS } : legacy
  }
  const decoded = decodeIndex(bytes, SCHEMA_VERSION)
  if (decoded.state === 'newer') return { ...decoded, file: layout.index }
  return decoded.state === 'ok' ? { state: 'ok', entries: decoded.content.entries, dirs: decoded.content.dirs } : decoded
}

export async function writeIndexFile(path: string, entries: Iterable<IndexEntry>, dirs: IndexDirs): Promise<void> {
  await writeFileDurably(path, encodeIndex(SCHEMA_VERSION, entries, dirs))
}

export function identityOf(file: string): FileIdentity {
  const s = statSync(file)
  return { ino: s.ino, size: s.size, mtimeMs: s.mtimeMs }
}
