import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import { RedaksiFailure } from '../../shared/result'
import { DEFAULT_SETTINGS, SETTING_SCHEMAS, type Settings } from '../../shared/settings'
import { JsonFile, type JsonFileKind, PRIVATE_DIR_MODE } from '../files'

export { DEFAULT_SETTINGS }

// Each field falls back on its own, so one bad value does not cost the user the others.
const SettingsFileSchema = z
  .object({
    language: SETTING_SCHEMAS.language.catch(DEFAULT_SETTINGS.language),
    outlet: SETTING_SCHEMAS.outlet.catch(DEFAULT_SETTINGS.outlet),
    headlineLimit: SETTING_SCHEMAS.headlineLimit.catch(DEFAULT_SETTINGS.headlineLimit),
    zone: SETTING_SCHEMAS.zone.catch(DEFAULT_SETTINGS.zone),
    theme: SETTING_SCHEMAS.theme.catch(DEFAULT_SETTINGS.theme)
  })
  .catch({ ...DEFAULT_SETTINGS })

/**
 * A bad value falls back on its own (above); a file that is not JSON at all is set aside as
 * `settings.json.damaged-<time>` and the defaults used. Files from before schema versions (0) are
 * read as version 1, which has the same fields.
 */
const SETTINGS_FILE: JsonFileKind<Settings> = { version: 1, schema: SettingsFileSchema, onDamage: 'reset', indent: 2, migrate: (raw) => raw }

/** The user's preferences, one small JSON file. */
export class SettingsFile {
  private current: Settings = { ...DEFAULT_SETTINGS }

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
    try {
      await mkdir(dirname(this.file.path), { recursive: true, mode: PRIVATE_DIR_MODE })
      await this.file.write(next)
    } catch (err) {
      // The old settings stay in force: nothing the user sees changes until it is on disk.
      throw new RedaksiFailure('settings.unwritable', { file: this.file.path }, { cause: err })
    }
    this.current = next
    return next
  }
}
