// Where everything lives under the store folder. One place, so no other file builds paths by hand.
import { join } from 'node:path'

export type Place = 'articles' | 'trash'

export function storeLayout(dir: string) {
  return {
    dir,
    index: join(dir, 'index.txt'),
    /** The index of earlier versions (legacy-index.ts); removed once `index.txt` is written. */
    legacyIndex: join(dir, 'index.json'),
    searchIndex: join(dir, 'search-index.bin'),
    /** The MiniSearch index of earlier versions; removed when the new one is first written. */
    legacySearchIndex: join(dir, 'search-index.json'),
    articles: join(dir, 'articles'),
    trash: join(dir, 'trash'),
    revisions: join(dir, 'revisions'),
    tombstones: join(dir, 'tombstones'),
    assets: join(dir, 'assets'),
    quarantine: join(dir, 'quarantine'),
    backups: join(dir, 'backups'),
    staging: join(dir, 'staging'),
    placeDir: (place: Place) => join(dir, place),
    articleFile: (place: Place, id: string) => join(dir, place, `${id}.json`),
    revisionDir: (id: string) => join(dir, 'revisions', id),
    tombstoneFile: (id: string) => join(dir, 'tombstones', `${id}.json`)
  }
}
export type StoreLayout = ReturnType<typeof storeLayout>

/** Folders a store needs; created on open. */
// `notes` holds editor notes (src/main/workflow/note-store.ts), written beside the articles they discuss.
export const FOLDERS = ['articles', 'trash', 'revisions', 'tombstones', 'assets', 'quarantine', 'backups', 'staging', 'notes'] as const

/** Folders where an interrupted write may leave a temp file; all are cleaned on open. */
export const TEMP_FOLDERS = ['.', 'staging', 'tombstones', 'assets', 'quarantine', 'notes'] as const

/** `<id>.json` → id, anything else → null (temp files, stray files). */
export function idFromFileName(name: string): string | null {
  const m = /^([0-9A-HJKMNP-TV-Z]{26})\.json$/.exec(name)
  return m ? (m[1] ?? null) : null
}
