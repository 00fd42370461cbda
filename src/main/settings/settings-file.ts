import { mkdir, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import { Language, type Settings } from '../../shared/ipc'
import { writeFileDurably } from '../store/durable-file'

const SettingsFileSchema = z.object({ language: Language.catch('id') }).catch({ language: 'id' })

export const DEFAULT_SETTINGS: Settings = { language: 'id' }

/** The user's preferences, one small JSON file; a damaged file falls back to the defaults. */
export class SettingsFile {
  private current: Settings = DEFAULT_SETTINGS

  private constructor(private readonly path: string) {}

  static async open(path: string): Promise<SettingsFile> {
    const file = new SettingsFile(path)
    try {
      file.current = SettingsFileSchema.parse(JSON.parse(await readFile(path, 'utf8')))
    } catch {
      file.current = DEFAULT_SETTINGS
    }
    return file
  }

  get(): Settings {
    return this.current
  }

  async update(change: Partial<Settings>): Promise<Settings> {
    const next: Settings = { ...this.current, ...Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)) }
    await mkdir(dirname(this.path), { recursive: true })
    await writeFileDurably(this.path, JSON.stringify(next, null, 2))
    this.current = next
    return next
  }
}
