import { DEFAULT_SECTIONS } from '../../shared/article'
import { parsePlainText } from '../../shared/kompas/parse-plain-text'
import { NEWSROOM_DEFAULTS } from '../../shared/new-article'
import { RedaksiFailure } from '../../shared/result'
import type { ImportCandidate } from './import-candidate'

export interface KompasImportOptions {
  /** The outlet a dateline-less article gets (the newsroom's setting). */
  outlet?: string
}

/** A Kompas plain-text article, or an error that says why the file is not one. */
export function parseKompasFile(fileName: string, text: string, options: KompasImportOptions = {}): ImportCandidate {
  const parsed = parsePlainText(text, {
    sections: DEFAULT_SECTIONS,
    defaultSection: NEWSROOM_DEFAULTS.section,
    defaultOutlet: options.outlet ?? NEWSROOM_DEFAULTS.outlet
  })
  if (!parsed.ok) throw new RedaksiFailure(parsed.reason, { file: fileName, ...parsed.params }, parsed.issues ? { issues: parsed.issues } : {})
  return { fileName, draft: parsed.draft, originalId: null, images: [], warnings: parsed.warnings }
}
