import type { ArticleDraft } from '../../shared/article'
import type { ImportNote } from '../../shared/exchange'

/** An imported file read and checked, not yet stored. */
export interface ImportCandidate {
  fileName: string
  draft: ArticleDraft
  /** The article's id where it came from (a bundle), to recognise a second import of it. */
  originalId: string | null
  /** Images to store before the article: content-addressed, so storing one twice is harmless. */
  images: { asset: string; bytes: Uint8Array }[]
  warnings: ImportNote[]
}
