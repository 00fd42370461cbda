// Putting a checked import into the store, never duplicating silently: an article already stored
// (the same id, when it came from this store, or the same headline) is reported to the caller
// ('ask'), replaced ('replace'), or kept beside the new copy ('keep-both').
import { BACA_JUGA, summarise, type ArticleSummary } from '../../shared/article'
import type { DuplicateArticle, ImportOutcome, OnDuplicate } from '../../shared/exchange'
import type { ArticleStore } from '../store'
import { headlineKey } from './headline-key'
import type { ImportCandidate } from './import-candidate'
import { resolveBacaJuga } from './resolve-baca-juga'

const duplicateOf = (s: ArticleSummary): DuplicateArticle => ({ id: s.id, headline: s.headline, status: s.status, updatedAt: s.updatedAt })

function duplicatesOf(candidate: ImportCandidate, headlines: ReadonlyMap<string, ArticleSummary[]>): ArticleSummary[] {
  const sameHeadline = headlines.get(headlineKey(candidate.draft.headline)) ?? []
  const all = [...headlines.values()].flat()
  const sameId = candidate.originalId ? all.filter((s) => s.id === candidate.originalId) : []
  // The article it was exported from first: that is the one "replace" means.
  return [...new Map([...sameId, ...sameHeadline].map((s) => [s.id, s])).values()]
}

/**
 * Stores one candidate. `headlines` is the store's headline index; it is updated with the stored
 * article, so a batch of files recognises its own repeats.
 */
export async function storeCandidate(
  store: ArticleStore,
  candidate: ImportCandidate,
  onDuplicate: OnDuplicate,
  headlines: Map<string, ArticleSummary[]>,
  /** Who imports: the current profile in the app; "import" where there is none (the CLI). */
  actor = 'import'
): Promise<ImportOutcome> {
  const { fileName, draft } = candidate
  const duplicates = duplicatesOf(candidate, headlines)
  if (duplicates.length && onDuplicate === 'ask') {
    return { kind: 'duplicate', fileName, headline: draft.headline, duplicates: duplicates.map(duplicateOf) }
  }

  for (const image of candidate.images) await store.putAsset(image.bytes, image.asset)
  const warnings = [...candidate.warnings]
  const asset = draft.featuredImage?.asset
  if (draft.featuredImage && asset && !(await store.hasAsset(asset))) draft.featuredImage = { ...draft.featuredImage, asset: null }

  const linked = resolveBacaJuga(draft.body, headlines)
  // Counted, not worded: the dialog and the command line each say it in their own language.
  const unresolved = draft.body.content.filter((n) => n.type === BACA_JUGA && !n.attrs?.articleId).length

  const target = onDuplicate === 'replace' ? duplicates[0] : undefined
  const article = target ? await store.save(target.id, target.rev, draft, actor) : await store.create(draft, actor)
  for (const [key, list] of headlines) headlines.set(key, list.filter((s) => s.id !== article.id))
  const key = headlineKey(article.headline)
  headlines.set(key, [summarise(article), ...(headlines.get(key) ?? [])])
  return { kind: 'imported', fileName, id: article.id, headline: article.headline, replaced: target !== undefined, bacaJuga: { linked, unresolved }, warnings }
}
