// lowdb's own JSONFile writes through steno, which renames a temp file but never fsyncs, so a
// power cut can leave an empty file behind the new name. This adapter keeps lowdb's tiny
// read/write contract and does the durable write instead.
import { readFile } from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import { writeFileDurably } from './durable-file'

/** Thrown by read() when the file exists but is not JSON: the caller decides on quarantine. */
export class UnreadableJsonError extends Error {
  override readonly name = 'UnreadableJsonError'
  constructor(
    readonly file: string,
    readonly reason: string
  ) {
    super(`${file}: ${reason}`)
  }
}

export function parseJsonText(file: string, text: string): unknown {
  if (text.trim() === '') throw new UnreadableJsonError(file, 'empty file')
  try {
    return JSON.parse(text)
  } catch (err) {
    throw new UnreadableJsonError(file, `not valid JSON (${(err as Error).message})`)
  }
}

export class DurableJsonFile<T> implements Adapter<T> {
  constructor(
    readonly file: string,
    private readonly indent: number | undefined = undefined
  ) {}

  async read(): Promise<T | null> {
    let text: string
    try {
      text = await readFile(this.file, 'utf8')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw err
    }
    return parseJsonText(this.file, text) as T
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.file, JSON.stringify(data, null, this.indent))
  }
}
