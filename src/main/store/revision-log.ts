// When a version is kept as a revision snapshot, and reading them back (decision 0002): one at
// create, at most one per interval while editing, and both sides of every status change, restore
// and remote write. The snapshot files themselves are revisions.ts.
import type { Article } from '../../shared/article'
import type { ArticleFile, SnapshotMark } from './article-file'
import { listRevisions, readRevision, removeRevisions, stageRevision, writeRevision, type RevisionFolder, type RevisionReason, type RevisionSummary, type StagedSnapshot } from './revisions'
import type { StoreCore } from './store-core'
import { notFound } from './store-failures'

export class RevisionLog {
  constructor(
    private readonly core: StoreCore,
    private readonly intervalMs: number
  ) {}

  async list(id: string): Promise<RevisionSummary[]> {
    this.core.assertOpen()
    if (!this.core.entries.has(id)) throw notFound(id)
    return listRevisions(this.folder(id))
  }

  async get(id: string, revId: string): Promise<Article> {
    this.core.assertOpen()
    return readRevision(this.folder(id), revId)
  }

  keep(article: Article, reason: RevisionReason, at: Date, savedBy: string): Promise<void> {
    return writeRevision(this.folder(article.id), article, reason, at, savedBy)
  }

  /**
   * Runs `commit` (which makes `article` current) with its snapshot staged before and put in place
   * after: both or neither, on a full disk as after a crash. A snapshot that cannot be put in
   * place once the article is committed stays staged for the next open to settle: the change
   * happened, so it is not reported as failed.
   */
  async keepWith<T>(article: Article, reason: RevisionReason, at: Date, savedBy: string, commit: () => Promise<T>): Promise<T> {
    const staged: StagedSnapshot = await stageRevision(this.folder(article.id), article, reason, at, savedBy)
    let result: T
    try {
      result = await commit()
    } catch (err) {
      await staged.abandon().catch(() => undefined)
      throw err
    }
    await staged.place().catch(() => undefined)
    return result
  }

  /**
   * Keeps the version about to be replaced when it has no snapshot yet and either the editing
   * interval has passed or the change is one that always keeps history. Returns the new mark.
   */
  async keepPrevious(current: ArticleFile, at: Date, always: boolean): Promise<SnapshotMark> {
    const { article, snapshot } = current
    if (snapshot.rev === article.rev) return snapshot
    const due = snapshot.at === null || at.getTime() - Date.parse(snapshot.at) >= this.intervalMs
    if (!always && !due) return snapshot
    await this.keep(article, 'edit', at, current.savedBy)
    return { at: at.toISOString(), rev: article.rev }
  }

  removeAll(id: string): Promise<void> {
    return removeRevisions(this.folder(id))
  }

  private folder(id: string): RevisionFolder {
    const { layout, now } = this.core
    return {
      dir: layout.revisionDir(id),
      staging: layout.staging,
      quarantine: layout.quarantine,
      articleId: id,
      now,
      quarantined: (record) => this.core.quarantined(record)
    }
  }
}
