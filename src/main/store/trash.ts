// The trash: spiking moves an article to `trash/` (a status change like any other), unspiking puts
// it back at the status it had, and emptying deletes it for good, leaving a tombstone.
import type { Article, ArticleSummary } from '../../shared/article'
import { failedWith, RedaksiFailure } from '../../shared/result'
import { removeDurably } from '../files'
import type { ArticleFile } from './article-file'
import { DEFAULT_ACTOR, type Articles } from './articles'
import { byUpdated } from './list-query'
import type { RevisionLog } from './revision-log'
import type { StoreCore } from './store-core'
import { listTombstones, writeTombstone, type Tombstone } from './tombstones'

export class Trash {
  constructor(
    private readonly core: StoreCore,
    private readonly articles: Articles,
    private readonly revisions: RevisionLog
  ) {}

  spike(id: string, baseRev: number, actor = DEFAULT_ACTOR): Promise<Article> {
    return this.articles.setStatus(id, baseRev, 'spiked', { actor, action: 'spike' })
  }

  unspike(id: string, actor = DEFAULT_ACTOR): Promise<Article> {
    return this.core.write(async () => {
      const current = await this.core.readCurrent(id)
      if (current.article.status !== 'spiked') throw new RedaksiFailure('store.not-in-trash', { id })
      const spiking = [...current.article.history].reverse().find((h) => h.to === 'spiked')
      const back = spiking?.from && spiking.from !== 'spiked' ? spiking.from : 'draft'
      return this.articles.changeStatus(id, current.article.rev, back, { actor, action: 'unspike' })
    })
  }

  async list(): Promise<ArticleSummary[]> {
    this.core.assertOpen()
    return [...this.core.summaries()].filter((s) => s.status === 'spiked').sort(byUpdated('updated-desc'))
  }

  async tombstones(): Promise<Tombstone[]> {
    this.core.assertOpen()
    return listTombstones(this.core.layout, this.core.now, (record) => this.core.quarantined(record))
  }

  empty(): Promise<{ removed: string[] }> {
    return this.core.write(async () => {
      const removed: string[] = []
      for (const [id, entry] of [...this.core.entries]) {
        if (entry.place !== 'trash') continue
        let last: ArticleFile
        try {
          last = await this.core.readCurrent(id)
        } catch (err) {
          if (failedWith(err, 'store.damaged-file', 'store.article-not-found')) continue
          throw err
        }
        // Tombstone, file, history: a crash between any two is settled on the next open (settle-emptied.ts).
        const tombstone = await writeTombstone(this.core.layout, last.article, this.core.now)
        await removeDurably(this.core.layout.articleFile('trash', id))
        this.core.forget(id)
        await this.revisions.removeAll(id)
        this.core.feed.announce({ id, rev: tombstone.rev, revId: tombstone.revId, origin: 'local', deleted: true })
        removed.push(id)
      }
      return { removed }
    })
  }
}
