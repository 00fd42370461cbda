// The page "Artikel baru" opens: a blank article held only in the window until something is typed
// (issue 12, decision 0076). It is shaped as a stored article at rev 0 so the editor needs no
// second form; the first save that carries writing creates it in the store.
import type { Article, ArticleDraft } from '../../../../shared/article'
import { discardRefusal } from '../../../../shared/empty-draft'
import { NEWSROOM_DEFAULTS, newArticleDraft } from '../../../../shared/new-article'

/** Not stored yet: nothing was typed on this new page (or only typed and erased before a save). */
export const isUnstored = (article: Pick<Article, 'rev'>): boolean => article.rev === 0

/**
 * What main's `articles.create` would make now: the newsroom's outlet and desk, and the current
 * profile as the first Penulis (main fills the same, and names her as the one who started it).
 */
export async function blankArticle(): Promise<{ article: Article; writer: string | null }> {
  const [settings, profiles] = await Promise.all([window.redaksi.settings.get({}), window.redaksi.profiles.list({})])
  const outlet = settings.ok ? settings.value.outlet : NEWSROOM_DEFAULTS.outlet
  const writer = profiles.ok ? (profiles.value.profiles.find((p) => p.id === profiles.value.currentId)?.name ?? null) : null
  const now = new Date().toISOString()
  const draft = { ...newArticleDraft({ ...NEWSROOM_DEFAULTS, outlet }), penulis: writer ? [writer] : [] }
  return { article: { ...draft, id: '', status: 'draft', createdAt: now, updatedAt: now, rev: 0, revId: '', history: [] }, writer }
}

/** Whether leaving should take this stored draft back: main decides again, this only saves asking. */
export function leftEmpty(stored: Article, typed: ArticleDraft | null): boolean {
  if (isUnstored(stored)) return false
  return discardRefusal({ ...stored, ...(typed ?? {}) }) === null
}
