import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import { ZoneSchema } from '../../shared/article'
import { Language, type Settings } from '../../shared/ipc'
import { JsonFile, type JsonFileKind } from '../files'

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

/**
 * A bad value falls back on its own (above); a file that is not JSON at all is set aside as
 * `settings.json.damaged-<time>` and the defaults used. Files from before schema versions (0) are
 * read as version 1, which has the same fields.
 */
const SETTINGS_FILE: JsonFileKind<Settings> = { version: 1, schema: SettingsFileSchema, onDamage: 'reset', indent: 2, migrate: (raw) => raw }

/** The user's preferences, one small JSON file. */
export class SettingsFile {
  private current: Settings = DEFAULT_SETTINGS

  private constructor(private readonly file: JsonFile<Settings>) {}

  static async open(path: string): Promise<SettingsFile> {
    const file = new SettingsFile(new JsonFile(path, SETTINGS_FILE))
    const read = await file.file.read()
    if (read.state === 'ok') file.current = read.data
    return file
  }

  get(): Settings {
    return this.current
  }

  async update(change: Partial<Settings>): Promise<Settings> {
    const next: Settings = { ...this.current, ...Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)) }
    await mkdir(dirname(this.file.path), { recursive: true })
    await this.file.write(next)
    this.current = next
    return next
  }
}
