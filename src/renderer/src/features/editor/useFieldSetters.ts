import { useMemo } from 'react'
import type { Fields } from './useArticleSession'

const EDITED = ['headline', 'section', 'published', 'featuredImage', 'dateline', 'penulis', 'editor', 'sumber', 'tags'] as const satisfies readonly (keyof Fields)[]

export type FieldSetters = { [K in (typeof EDITED)[number]]: (value: Fields[K]) => void }

/**
 * One setter per field the screen edits, the same function for the life of the page: with it a
 * memoised field is not re-drawn when the screen re-renders for a save (decision 0110).
 */
export function useFieldSetters(setFields: (change: Partial<Fields>) => void): FieldSetters {
  return useMemo(() => Object.fromEntries(EDITED.map((key) => [key, (value: unknown) => setFields({ [key]: value })])) as FieldSetters, [setFields])
}
