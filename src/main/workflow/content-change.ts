// Whether a save changes what the piece says or shows: only such a save is an edit in history.
// Compared canonically (keys sorted), so a body whose attributes come back in another order is
// not mistaken for someone's edit, which would make a reader of the piece one of its authors.
import type { Article, ArticleDraft } from '../../shared/article'

const DRAFT_KEYS = ['headline', 'section', 'published', 'dateline', 'penulis', 'editor', 'sumber', 'featuredImage', 'body', 'tags'] as const satisfies readonly (keyof ArticleDraft)[]

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

export function changesContent(current: Pick<Article, (typeof DRAFT_KEYS)[number]>, draft: ArticleDraft): boolean {
  return DRAFT_KEYS.some((key) => canonical(current[key]) !== canonical(draft[key]))
}
