// Writing articles: create, save, status changes and restoring a revision. Each runs in the write
// queue, checks the rev it was based on, and is acknowledged once the article file is durable.
import { draftSchemaFor, type Article, type ArticleDraft, type HistoryEntry, type Status } from '../../shared/article'
import { RedaksiFailure } from '../../shared/result'
import type { ArticleFile } from './article-file'
import type { StatusEntry } from './article-store'
import { newArticleId } from './ids'
import { place } from './placement'
import type { RevisionLog } from './revision-log'
import type { StoreCore } from './store-core'
import { conflict, invalidDraft, notFound } from './store-failures'
import { draftOf, firstVersion, nextVersion } from './versions'

export const DEFAULT_ACTOR = 'redaksi'

export class Articles {
  private readonly draftSchema: ReturnType<typeof draftSchemaFor>

  constructor(
    private readonly core: StoreCore,
    private readonly revisions: RevisionLog,
    sections: readonly string[]
  ) {
    this.draftSchema = draftSchemaFor(sections)
  }

  async get(id: string): Promise<Article> {
    this.core.assertOpen()
    return (await this.core.readCurrent(id)).article
  }

  create(input: ArticleDraft, actor = DEFAULT_ACTOR): Promise<Article> {
    return this.core.write(async () => {
      const draft = this.validDraft(input)
      const at = this.core.now()
      let id = newArticleId(at)
      while (this.core.entries.has(id)) id = newArticleId(at)
      const article = firstVersion(draft, id, at, actor)
      await this.revisions.keepWith(article, 'create', at, actor, () => this.core.commit(article, 'articles', { at: article.createdAt, rev: 1 }, actor))
      return article
    })
  }

  save(id: string, baseRev: number, input: ArticleDraft, actor = DEFAULT_ACTOR): Promise<Article> {
    return this.core.write(async () => {
      this.checkRev(id, baseRev)
      const draft = this.validDraft(input)
      const current = await this.editable(id, baseRev)
      const at = this.core.now()
      const mark = await this.revisions.keepPrevious(current, at, false)
      const next = nextVersion(current.article, { ...draft }, at)
      await this.core.commit(next, 'articles', mark, actor)
      return next
    })
  }

  setStatus(id: string, baseRev: number, status: Status, entry: StatusEntry, changes?: Partial<ArticleDraft>): Promise<Article> {
    return this.core.write(async () => {
      this.checkRev(id, baseRev)
      return this.changeStatus(id, baseRev, status, entry, changes)
    })
  }

  restore(id: string, revId: string, baseRev: number, actor = DEFAULT_ACTOR): Promise<Article> {
    return this.core.write(async () => {
      this.checkRev(id, baseRev)
      const old = await this.revisions.get(id, revId)
      const current = await this.editable(id, baseRev)
      const at = this.core.now()
      await this.revisions.keepPrevious(current, at, true)
      const status = current.article.status
      const history: HistoryEntry = { at: at.toISOString(), actor, action: 'restore', from: status, to: status, note: `restored revision ${revId}` }
      const next = nextVersion(current.article, { ...draftOf(old), history: [...current.article.history, history] }, at)
      await this.revisions.keepWith(next, 'restore', at, actor, () => this.core.commit(next, 'articles', { at: at.toISOString(), rev: next.rev }, actor))
      return next
    })
  }

  /** A status change inside a queued job (setStatus, spike, unspike); moves the file when the place changes. */
  async changeStatus(id: string, baseRev: number, to: Status, entry: StatusEntry, changes?: Partial<ArticleDraft>): Promise<Article> {
    const current = await this.core.readCurrent(id)
    if (current.article.rev !== baseRev) throw conflict(id, baseRev, current.article.rev)
    // The patched draft must pass the same schema as a save: a status change is no back door.
    const patched = changes ? this.validDraft({ ...draftOf(current.article), ...changes }) : {}
    const at = this.core.now()
    await this.revisions.keepPrevious(current, at, true)
    const from = current.article.status
    const history: HistoryEntry = { at: at.toISOString(), actor: entry.actor, action: entry.action, from, to }
    if (entry.note !== undefined) history.note = entry.note
    const next = nextVersion(current.article, { ...patched, status: to, history: [...current.article.history, history] }, at)
    await this.revisions.keepWith(next, 'status', at, entry.actor, () => place(this.core, next, { at: at.toISOString(), rev: next.rev }, entry.actor))
    return next
  }

  private validDraft(input: unknown): ArticleDraft {
    // With the input in each issue, a wrong type is told apart from a missing field.
    const parsed = this.draftSchema.safeParse(input, { reportInput: true })
    if (!parsed.success) throw invalidDraft(parsed.error.issues)
    return parsed.data
  }

  private checkRev(id: string, baseRev: number): void {
    const entry = this.core.entries.get(id)
    if (!entry) throw notFound(id)
    if (entry.summary.rev !== baseRev) throw conflict(id, baseRev, entry.summary.rev)
  }

  /** The current version, if a write based on `baseRev` may change its content: not stale, not in the trash. */
  private async editable(id: string, baseRev: number): Promise<ArticleFile> {
    const current = await this.core.readCurrent(id)
    if (current.article.rev !== baseRev) throw conflict(id, baseRev, current.article.rev)
    if (current.article.status === 'spiked') throw new RedaksiFailure('store.spiked', { id })
    return current
  }
}
