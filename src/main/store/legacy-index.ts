// `index.json`, the index before decision 0100: every summary and its file's identity in one
// JSON file checked by zod. Still read once, so a store opened by this version for the first time
// re-reads only the files that changed; the open then writes `index.txt` and removes this one.
import { z } from 'zod'
import { ArticleSummarySchema, SCHEMA_VERSION } from '../../shared/article'
import { JsonFile, type Inspection, type JsonFileKind } from '../files'
import type { IndexEntry } from './index-codec'

const LegacyIndexSchema = z.object({
  entries: z.array(
    z.object({
      summary: ArticleSummarySchema,
      place: z.enum(['articles', 'trash']),
      file: z.object({ ino: z.number(), size: z.number(), mtimeMs: z.number() })
    })
  )
})

const LEGACY_INDEX: JsonFileKind<z.infer<typeof LegacyIndexSchema>> = { version: SCHEMA_VERSION, schema: LegacyIndexSchema, onDamage: 'discard' }

export async function inspectLegacyIndex(path: string): Promise<Inspection<IndexEntry[]>> {
  const found = await new JsonFile(path, LEGACY_INDEX).inspect()
  if (found.state !== 'ok') return found
  return { ...found, data: found.data.entries.map(({ summary, place, file }) => ({ summary, place, ...file })) }
}
