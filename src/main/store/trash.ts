// Spiking moves an article's file from `articles/` to `trash/` (and unspiking moves it back) with
// its new content in the same step: the new file is made durable first and only then is the old
// one removed, so a crash leaves at worst both, and the open scan keeps the higher rev.
import type { Article } from '../../shared/article'
import { articleFileOf, writeArticleFile, type SnapshotMark } from './article-file'
import { removeDurably } from './durable-file'
import type { Place, StoreLayout } from './layout'

export async function moveArticle(
  layout: StoreLayout,
  article: Article,
  snapshot: SnapshotMark,
  from: Place,
  to: Place,
  savedBy: string,
  /** Called between the two steps, so readers are pointed at the new file before the old goes. */
  written: () => void
): Promise<void> {
  await writeArticleFile(layout.articleFile(to, article.id), articleFileOf(article, snapshot, savedBy))
  written()
  if (from !== to) await removeDurably(layout.articleFile(from, article.id))
}
