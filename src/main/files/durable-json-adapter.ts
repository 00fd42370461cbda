// lowdb's own JSONFile writes through steno, which renames a temp file but never fsyncs, so a
// power cut can leave an empty file behind the new name. This adapter keeps lowdb's tiny
// read/write contract and does the durable write instead. It only turns text into JSON and back;
// what the JSON must look like is json-file.ts's business.
import { readFile } from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import { writeFileDurably } from './durable-file'

/** Thrown by read() when the file exists but holds no JSON object or array: the caller decides what to do. */
export class UnreadableJsonError extends Error {
  override readonly name = 'UnreadableJsonError'
  constructor(
    readonly file: string,
    readonly reason: string
  ) {
    super(`${file}: ${reason}`)
  }
}

function parseJsonText(file: string, text: string): unknown {
  if (text.trim() === '') throw new UnreadableJsonError(file, 'empty file')
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (err) {
    throw new UnreadableJsonError(file, `not valid JSON (${(err as Error).message})`)
  }
  // lowdb reads null as "no file"; a file that says null is damage, not absence.
  if (value === null) throw new UnreadableJsonError(file, 'holds null')
  return value
}

export interface DurableJsonOptions {
  /** Same file system as the file; the store stages revision snapshots in one folder it cleans on open. */
  tempDir?: string
  /** Pretty-printed for files people may open by hand (settings, profiles). */
  indent?: number
  /** Permission bits from the first byte (see writeFileDurably). */
  mode?: number
}

/** Untyped on purpose: what comes back is checked by json-file.ts, never cast. */
export class DurableJsonFile implements Adapter<unknown> {
  constructor(
    readonly file: string,
    private readonly options: DurableJsonOptions = {}
  ) {}

  /** The parsed JSON, or null when the file does not exist. Throws UnreadableJsonError. */
  async read(): Promise<unknown> {
    let text: string
    try {
      text = await readFile(this.file, 'utf8')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw err
    }
    return parseJsonText(this.file, text)
  }

  async write(data: unknown): Promise<void> {
    await writeFileDurably(this.file, JSON.stringify(data, null, this.options.indent), this.options.tempDir, this.options.mode)
  }
}
