import type { Article } from '../../shared/article'
import type { NameSuggestions } from '../../shared/ipc'
import type { ArticleStore } from '../store'

const MAX_NAMES = 200

/** Most used first, then alphabetical, so the names a desk types daily come up first. */
function ranked(counts: Map<string, number>): string[] {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'id'))
    .slice(0, MAX_NAMES)
    .map(([name]) => name)
}

type Names = Pick<Article, 'penulis' | 'editor' | 'sumber'>

/**
 * Names from earlier articles for the penulis, editor and sumber fields, from the newest
 * articles the index lists (capped so a big store answers quickly; the newest pieces are the
 * ones whose names a writer is likely to need). Every editor that opens asks, so each article's
 * names are kept by rev and only articles saved since the last answer are read again.
 */
export function nameSuggestions(store: ArticleStore, sampleSize = 500): () => Promise<NameSuggestions> {
  const known = new Map<string, { rev: number; names: Names }>()
  return async () => {
    const { items } = await store.list({ sort: 'updated-desc', limit: sampleSize })
    const counts = { penulis: new Map<string, number>(), editor: new Map<string, number>(), sumber: new Map<string, number>() }
    const sampled = new Set<string>()
    for (const summary of items) {
      sampled.add(summary.id)
      let entry = known.get(summary.id)
      if (entry?.rev !== summary.rev) {
        try {
          const { penulis, editor, sumber } = await store.get(summary.id)
          entry = { rev: summary.rev, names: { penulis, editor, sumber } }
          known.set(summary.id, entry)
        } catch {
          continue
        }
      }
      for (const field of ['penulis', 'editor', 'sumber'] as const) {
        for (const name of entry.names[field]) counts[field].set(name, (counts[field].get(name) ?? 0) + 1)
      }
    }
    for (const id of known.keys()) if (!sampled.has(id)) known.delete(id)
    return { penulis: ranked(counts.penulis), editor: ranked(counts.editor), sumber: ranked(counts.sumber) }
  }
}
