// What this machine keeps of the newsroom's archive (docs/decisions/0037): the scope the user set,
// and the server's names for suggestions as last fetched, so they work offline after one fetch.
// Beside state.json in the data folder's `sync/`; written durably like it.
import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import { ArchiveScopeSchema, NamesResponseSchema, normalScope, type ArchiveScope, type NamesResponse } from '../../shared/sync/protocol'
import { JsonFile, WriteQueue, type JsonFileKind } from '../files'

const ArchiveSchema = z.object({
  scope: ArchiveScopeSchema,
  /** The scope the last complete pull from 0 was made with: a different one pulls again from 0. */
  pulled: ArchiveScopeSchema,
  /** Articles fetched on purpose (a search hit opened, a Baca Juga target): kept whatever the scope. */
  kept: z.array(z.string()).default([]),
  /** The server the names came from: another newsroom's names are not suggested here. */
  names: z.object({ server: z.string(), at: z.string(), names: NamesResponseSchema }).nullable()
})
export type ArchiveSettings = z.infer<typeof ArchiveSchema>

// A damaged file costs a narrow scope (everything is kept again) and a cache: nothing anyone wrote.
const ARCHIVE_FILE: JsonFileKind<ArchiveSettings> = { version: 1, schema: ArchiveSchema, onDamage: 'reset', indent: 2 }

/** What a pull needs to know of the scope. */
export interface ScopeSource {
  scope(): ArchiveScope
  pulledScope(): ArchiveScope
  markPulled(scope: ArchiveScope): Promise<unknown>
  isKept(id: string): boolean
}

export class ArchiveFile implements ScopeSource {
  // A data folder from before scopes had pulled everything.
  private current: ArchiveSettings = { scope: {}, pulled: {}, kept: [], names: null }
  private readonly queue = new WriteQueue()
  private readonly file: JsonFile<ArchiveSettings>

  private constructor(private readonly path: string) {
    this.file = new JsonFile(path, ARCHIVE_FILE)
  }

  static async open(path: string): Promise<ArchiveFile> {
    const file = new ArchiveFile(path)
    const found = await file.file.read()
    if (found.state === 'ok') file.current = found.data
    return file
  }

  scope(): ArchiveScope {
    return this.current.scope
  }

  pulledScope(): ArchiveScope {
    return this.current.pulled
  }

  markPulled(scope: ArchiveScope): Promise<ArchiveSettings> {
    return this.update((s) => void (s.pulled = scope))
  }

  isKept(id: string): boolean {
    return this.current.kept.includes(id)
  }

  keep(id: string): Promise<ArchiveSettings> {
    return this.update((s) => void (s.kept = [...new Set([...s.kept, id])]))
  }

  names(server: string): NamesResponse | null {
    return this.current.names?.server === server ? this.current.names.names : null
  }

  /** When this server's names were last fetched; null when never. */
  namesAt(server: string): Date | null {
    return this.current.names?.server === server ? new Date(this.current.names.at) : null
  }

  setScope(scope: ArchiveScope): Promise<ArchiveSettings> {
    return this.update((s) => void (s.scope = normalScope(scope)))
  }

  setNames(server: string, names: NamesResponse, at: Date): Promise<ArchiveSettings> {
    return this.update((s) => void (s.names = { server, at: at.toISOString(), names }))
  }

  /** Memory follows only once the file is on disk. */
  private update(change: (draft: ArchiveSettings) => void): Promise<ArchiveSettings> {
    return this.queue.run(async () => {
      const next = structuredClone(this.current)
      change(next)
      await mkdir(dirname(this.path), { recursive: true })
      await this.file.write(next)
      this.current = next
      return next
    })
  }
}
