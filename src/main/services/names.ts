import type { NameSuggestions } from '../../shared/ipc'
import type { ArticleStore } from '../store/article-store'

const MAX_NAMES = 200

/** Most used first, then alphabetical, so the names a desk types daily come up first. */
function ranked(counts: Map<string, number>): string[] {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'id'))
    .slice(0, MAX_NAMES)
    .map(([name]) => name)
}

/**
 * Names from earlier articles for the penulis, editor and sumber fields. Reads the articles
 * the index lists, newest first, capped so a big store answers quickly; the newest pieces are
 * the ones whose names a writer is likely to need.
 */
export async function nameSuggestions(store: ArticleStore, sampleSize = 500): Promise<NameSuggestions> {
  const { items } = await store.list({ sort: 'updated-desc', limit: sampleSize })
  const counts = { penulis: new Map<string, number>(), editor: new Map<string, number>(), sumber: new Map<string, number>() }
  for (const summary of items) {
    let article
    try {
      article = await store.get(summary.id)
    } catch {
      continue
    }
    for (const field of ['penulis', 'editor', 'sumber'] as const) {
      for (const name of article[field]) counts[field].set(name, (counts[field].get(name) ?? 0) + 1)
    }
  }
  return { penulis: ranked(counts.penulis), editor: ranked(counts.editor), sumber: ranked(counts.sumber) }
}
