import { mkdir, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import { DEFAULT_SETTINGS, SETTING_SCHEMAS, type Settings } from '../../shared/settings'
import { RedaksiFailure } from '../../shared/result'
import { writeFileDurably } from '../store/durable-file'

export { DEFAULT_SETTINGS }

// Each field falls back on its own, so one bad value does not cost the user the others.
const SettingsFileSchema = z
  .object({
    language: SETTING_SCHEMAS.language.catch(DEFAULT_SETTINGS.language),
    outlet: SETTING_SCHEMAS.outlet.catch(DEFAULT_SETTINGS.outlet),
    headlineLimit: SETTING_SCHEMAS.headlineLimit.catch(DEFAULT_SETTINGS.headlineLimit),
    zone: SETTING_SCHEMAS.zone.catch(DEFAULT_SETTINGS.zone)
  })
  .catch({ ...DEFAULT_SETTINGS })

/** The user's preferences, one small JSON file; a damaged file falls back to the defaults. */
export class SettingsFile {
  private current: Settings = { ...DEFAULT_SETTINGS }

  private constructor(private readonly path: string) {}

  static async open(path: string): Promise<SettingsFile> {
    const file = new SettingsFile(path)
    try {
      file.current = SettingsFileSchema.parse(JSON.parse(await readFile(path, 'utf8')))
    } catch {
      file.current = { ...DEFAULT_SETTINGS }
    }
    return file
  }

  get(): Settings {
    return this.current
  }

  async update(change: Partial<Settings>): Promise<Settings> {
    const next: Settings = { ...this.current, ...Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)) }
    try {
      await mkdir(dirname(this.path), { recursive: true })
      await writeFileDurably(this.path, JSON.stringify(next, null, 2))
    } catch (err) {
      // The old settings stay in force: nothing the user sees changes until it is on disk.
      throw new RedaksiFailure('settings.unwritable', { file: this.path }, { cause: err })
    }
    this.current = next
    return next
  }
}
