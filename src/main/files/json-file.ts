// Every JSON file Redaksi writes goes through here: one lowdb `Low` over the durable adapter (temp
// file, fsync, rename, fsync folder), a zod schema that checks what is read back, a schema version
// on every file, and a stated policy for a file that is damaged. Nothing else parses app files,
// so nothing else can trust a file it did not check. See docs/decisions/0060-typed-json-files.md.
import { basename, join } from 'node:path'
import { Low } from 'lowdb'
import { z } from 'zod'
import { RedaksiFailure } from '../../shared/result'
import { createFileDurably, moveDurably } from './durable-file'
import { DurableJsonFile, UnreadableJsonError } from './durable-json-adapter'

/**
 * What happens to a file that cannot be read as its kind:
 * - `quarantine`: moved to a quarantine folder with a `.reason.json` note and reported (the store's
 *   files: a person may still recover a paragraph from them);
 * - `reset`: moved aside as `<name>.damaged-<time>` and the defaults used (settings, profiles);
 * - `refuse`: left as it is and the read fails (editor notes: the editors' words, not ours to drop);
 * - `discard`: read as missing and rewritten later (caches rebuilt from the truth, the lock).
 */
export type OnDamage = 'quarantine' | 'reset' | 'refuse' | 'discard'

export interface JsonFileKind<T extends object> {
  /** The version this app writes; the file stores it as `schemaVersion`. */
  version: number
  /** The file's content without `schemaVersion`. */
  schema: z.ZodType<T>
  onDamage: OnDamage
  /** Turns an older version's JSON into this one's (throw when it cannot); without it an older file is reported as `old`. */
  migrate?: (raw: Record<string, unknown>, from: number) => unknown
  /** For files people may open by hand. */
  indent?: number
}

export interface JsonFileOptions {
  /** Where a temp file is written before the rename; same file system as the file. */
  tempDir?: string
  /** Required by `quarantine`. */
  quarantineDir?: string
  /** Named in the quarantine note: what the file was about (an article id). */
  subject?: string | null
  /** What a `refuse` throws instead of `file.damaged`. */
  refusal?: (reason: string) => RedaksiFailure
  /** What a file from a newer app throws instead of `file.newer-schema`. */
  newer?: (version: number) => RedaksiFailure
  now?: () => Date
  /** Permission bits the file has from its first byte (0o600 for a secret); the umask still applies on create. */
  mode?: number
}

/** What is on disk, checked, with nothing moved or changed. */
export type Inspection<T> =
  | { state: 'ok'; data: T; migratedFrom: number | null }
  | { state: 'missing' }
  | { state: 'old'; version: number }
  | { state: 'newer'; version: number }
  | { state: 'damaged'; reason: string }

/** After the kind's policy: `refuse` and newer files throw instead. */
export type ReadResult<T> =
  | { state: 'ok'; data: T; migratedFrom: number | null }
  | { state: 'missing' }
  | { state: 'quarantined'; reason: string; movedTo: string }
  | { state: 'reset'; reason: string; backup: string }
  | { state: 'discarded'; reason: string }

export type Settled = Exclude<ReadResult<never>, { state: 'ok' | 'missing' }>

const QuarantineNoteSchema = z.object({ from: z.string(), subject: z.string().nullable(), reason: z.string(), at: z.string() })
const QUARANTINE_NOTE: JsonFileKind<z.infer<typeof QuarantineNoteSchema>> = { version: 1, schema: QuarantineNoteSchema, onDamage: 'discard', indent: 2 }

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** `schemaVersion`; the store's first files said `version`; a file with neither predates versions (0). */
function versionOf(raw: Record<string, unknown>): number | null {
  const v = 'schemaVersion' in raw ? raw.schemaVersion : 'version' in raw ? raw.version : 0
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null
}

function shapeProblem(error: z.ZodError): string {
  const issue = error.issues[0]
  const at = issue?.path.join('.') ?? ''
  return `unexpected shape${at ? ` at ${at}` : ''}: ${issue?.message ?? ''}`.trim()
}

const stampOf = (at: Date): string => at.toISOString().replace(/[:.]/g, '-')

export class JsonFile<T extends object> {
  constructor(
    readonly path: string,
    readonly kind: JsonFileKind<T>,
    private readonly options: JsonFileOptions = {}
  ) {
    if (kind.onDamage === 'quarantine' && !options.quarantineDir) throw new Error(`${path}: a quarantined kind needs quarantineDir`)
  }

  async inspect(): Promise<Inspection<T>> {
    const db = new Low<unknown>(new DurableJsonFile(this.path), null)
    try {
      await db.read()
    } catch (err) {
      if (err instanceof UnreadableJsonError) return { state: 'damaged', reason: err.reason }
      throw err
    }
    return this.check(db.data)
  }

  private check(raw: unknown): Inspection<T> {
    if (raw === null) return { state: 'missing' }
    if (!isRecord(raw)) return { state: 'damaged', reason: 'not a JSON object' }
    const version = versionOf(raw)
    if (version === null) return { state: 'damaged', reason: 'schemaVersion is not a whole number' }
    if (version > this.kind.version) return { state: 'newer', version }
    let current = raw
    let migratedFrom: number | null = null
    if (version < this.kind.version) {
      if (!this.kind.migrate) return { state: 'old', version }
      let migrated: unknown
      try {
        migrated = this.kind.migrate(raw, version)
      } catch (err) {
        return { state: 'damaged', reason: `cannot migrate from schema ${version}: ${(err as Error).message}` }
      }
      if (!isRecord(migrated)) return { state: 'damaged', reason: `cannot migrate from schema ${version}` }
      current = migrated
      migratedFrom = version
    }
    const { schemaVersion: _version, ...content } = current
    const parsed = this.kind.schema.safeParse(content)
    if (!parsed.success) return { state: 'damaged', reason: shapeProblem(parsed.error) }
    return { state: 'ok', data: parsed.data, migratedFrom }
  }

  /** inspect(), then the kind's policy for what is not current. */
  async read(): Promise<ReadResult<T>> {
    const found = await this.inspect()
    switch (found.state) {
      case 'ok':
      case 'missing':
        return found
      case 'newer':
        // A newer app's file is not damage: never moved, never overwritten; caches are simply rebuilt.
        if (this.kind.onDamage === 'discard') return { state: 'discarded', reason: `schema ${found.version} is newer` }
        throw this.options.newer?.(found.version) ?? new RedaksiFailure('file.newer-schema', { file: this.path, version: found.version })
      case 'old':
        return this.settle(`schema ${found.version} has no migration to ${this.kind.version}`)
      case 'damaged':
        return this.settle(found.reason)
    }
  }

  /** Applies the kind's policy to damage found here or by the caller (a file under the wrong name). */
  async settle(reason: string): Promise<Settled> {
    const at = (this.options.now ?? (() => new Date()))()
    switch (this.kind.onDamage) {
      case 'discard':
        return { state: 'discarded', reason }
      case 'refuse':
        throw this.options.refusal?.(reason) ?? new RedaksiFailure('file.damaged', { file: this.path })
      case 'reset': {
        const backup = `${this.path}.damaged-${stampOf(at)}`
        await moveDurably(this.path, backup)
        return { state: 'reset', reason, backup }
      }
      case 'quarantine': {
        const movedTo = join(this.options.quarantineDir!, `${stampOf(at)}-${basename(this.path)}`)
        await moveDurably(this.path, movedTo)
        const note = new JsonFile(`${movedTo}.reason.json`, QUARANTINE_NOTE)
        await note.write({ from: this.path, subject: this.options.subject ?? null, reason, at: at.toISOString() })
        return { state: 'quarantined', reason, movedTo }
      }
    }
  }

  /** Durable replace: a reader, or a restart after power loss, sees the old file or the new one. */
  async write(data: T): Promise<void> {
    const db = new Low<unknown>(new DurableJsonFile(this.path, this.fileOptions()), this.stored(data))
    await db.write()
  }

  /** Writes only if no file has this name yet (a lock): false when one does. */
  async create(data: T): Promise<boolean> {
    return createFileDurably(this.path, JSON.stringify(this.stored(data), null, this.kind.indent), this.options.mode)
  }

  private stored(data: T): Record<string, unknown> {
    return { schemaVersion: this.kind.version, ...data }
  }

  private fileOptions(): { tempDir?: string; indent?: number; mode?: number } {
    return {
      ...(this.options.tempDir ? { tempDir: this.options.tempDir } : {}),
      ...(this.options.mode === undefined ? {} : { mode: this.options.mode }),
      ...(this.kind.indent === undefined ? {} : { indent: this.kind.indent })
    }
  }
}
