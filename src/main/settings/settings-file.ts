import { mkdir, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import { ZoneSchema } from '../../shared/article'
import { Language, type Settings } from '../../shared/ipc'
import { writeFileDurably } from '../store/durable-file'

export const DEFAULT_SETTINGS: Settings = { language: 'id', outlet: 'KOMPAS.TV', headlineLimit: 100, zone: 'WIB' }

// Each field falls back on its own, so one bad value does not cost the user the others.
const SettingsFileSchema = z
  .object({
    language: Language.catch(DEFAULT_SETTINGS.language),
    outlet: z.string().trim().min(1).max(60).catch(DEFAULT_SETTINGS.outlet),
    headlineLimit: z.number().int().min(20).max(300).catch(DEFAULT_SETTINGS.headlineLimit),
    zone: ZoneSchema.catch(DEFAULT_SETTINGS.zone)
  })
  .catch(DEFAULT_SETTINGS)

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
