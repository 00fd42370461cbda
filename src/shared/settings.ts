// The user's preferences, defined once: their limits and defaults are read by the contract's
// schema, the settings file's fallbacks and the settings dialog's inputs alike.
import { z } from 'zod'
import { ZoneSchema, type Zone } from './article'

export const LANGUAGES = ['id', 'en'] as const
export const Language = z.enum(LANGUAGES)
export type Language = z.infer<typeof Language>

/** 'system' follows the computer's light or dark setting; the others hold whatever it says. */
export const THEMES = ['system', 'light', 'dark'] as const
export const Theme = z.enum(THEMES)
export type Theme = z.infer<typeof Theme>

/** Bounds of the values a user may set; the dialog's inputs carry the same ones. */
export const SETTINGS_LIMITS = {
  outlet: { max: 60 },
  headlineLimit: { min: 20, max: 300 }
} as const

export interface Settings {
  language: Language
  /** The outlet a new article's dateline names, e.g. "KOMPAS.TV". */
  outlet: string
  /** Headlines longer than this get a warning in the editor. */
  headlineLimit: number
  /** The newsroom's own time zone: the list tells times on its clock ("20:49 WIB"). */
  zone: Zone
  theme: Theme
}

export const DEFAULT_SETTINGS: Readonly<Settings> = { language: 'id', outlet: 'KOMPAS.TV', headlineLimit: 100, zone: 'WIB', theme: 'system' }

/** One schema per setting, shared by the change request and the file. */
export const SETTING_SCHEMAS = {
  language: Language,
  outlet: z.string().trim().min(1).max(SETTINGS_LIMITS.outlet.max),
  headlineLimit: z.number().int().min(SETTINGS_LIMITS.headlineLimit.min).max(SETTINGS_LIMITS.headlineLimit.max),
  zone: ZoneSchema,
  theme: Theme
} as const

export const SettingsChangeSchema = z
  .object({
    language: SETTING_SCHEMAS.language.optional(),
    outlet: SETTING_SCHEMAS.outlet.optional(),
    headlineLimit: SETTING_SCHEMAS.headlineLimit.optional(),
    zone: SETTING_SCHEMAS.zone.optional(),
    theme: SETTING_SCHEMAS.theme.optional()
  })
  .strict()
