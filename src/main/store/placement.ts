// Where an article's file lives follows its status: `trash/` when spiked, `articles/` otherwise.
// Moving it writes the new file durably first and only then removes the old one, so a crash leaves
// at worst both, and the open scan keeps the higher rev.
import type { Article, Status } from '../../shared/article'
import { removeDurably } from '../files'
import type { SnapshotMark } from './article-file'
import type { StoreChange } from './article-store'
import type { Place } from './layout'
import type { StoreCore } from './store-core'

export const placeOf = (status: Status): Place => (status === 'spiked' ? 'trash' : 'articles')

/** Commits `article` where its status says, then removes the copy it had elsewhere. */
export async function place(
  core: StoreCore,
  article: Article,
  mark: SnapshotMark,
  savedBy: string,
  origin: StoreChange['origin'] = 'local'
): Promise<void> {
  const from = core.entries.get(article.id)?.place
  const to = placeOf(article.status)
  // Readers are pointed at the new file (commit → remember) before the old one goes.
  await core.commit(article, to, mark, savedBy, origin)
  if (from && from !== to) {
    await removeDurably(core.layout.articleFile(from, article.id))
    core.places.changed(from)
  }
}
