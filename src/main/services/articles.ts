import { NEWSROOM_DEFAULTS, newArticleDraft } from '../../shared/new-article'
import type { SettingsFile } from '../settings/settings-file'
import type { ArticleStore } from '../store'
import { editEntryFor, editRefusal } from '../../shared/workflow'
import type { Article } from '../../shared/article'
import { changesContent } from '../workflow/content-change'
import { nameSuggestions } from './names'
import type { Identity } from '../workflow/require-profile'
import type { Services } from './services'
import { RedaksiFailure } from '../../shared/result'
import { discardRefusal } from '../../shared/empty-draft'
import { targetStateOf } from '../../shared/kompas/check-context'

// articles.spike changes the status, so it is the workflow's (see create-services.ts).
type ArticleChannels = Exclude<Extract<keyof Services, `articles.${string}`>, 'articles.spike'>

export function articleServices(store: ArticleStore, settings: SettingsFile, profiles: Identity): Pick<Services, ArticleChannels> {
  // History and revisions name the current profile; without one the store's own default stands.
  const actor = (): string | undefined => profiles.current()?.name
  // An approved text is what the editor signed off, and a piece on the desk is the desk's: the
  // shared rule (editRefusal) the editor's read-only page shows. A status change after this read
  // bumps the rev, so the write that follows then fails as a conflict.
  const editable = async (id: string): Promise<Article> => {
    const article = await store.get(id)
    const why = editRefusal(article.status, profiles.current())
    if (why === 'read-only') throw new RedaksiFailure('workflow.read-only')
    if (why === 'on-the-desk') throw new RedaksiFailure('workflow.on-the-desk', { id, status: article.status })
    return article
  }
  // A revision is looked for among the article's own: another article's revId is "not found" for
  // this one, said as such, and a missing article is said before its revision.
  const requireRevision = async (id: string, revId: string): Promise<void> => {
    const revisions = await store.listRevisions(id)
    if (!revisions.some((r) => r.revId === revId)) throw new RedaksiFailure('store.revision-not-found', { id, revId })
  }
  const names = nameSuggestions(store)
  return {
    'articles.list': (query) => store.list({ ...query, sort: query.sort ?? 'updated-desc' }),
    'articles.search': ({ text, limit }) => store.search(text, limit === undefined ? {} : { limit }),
    'articles.create': ({ draft }) => {
      // The writer who starts a piece is its first Penulis until she says otherwise.
      const writer = actor()
      const byline = writer ? { penulis: [writer] } : {}
      return store.create({ ...newArticleDraft({ ...NEWSROOM_DEFAULTS, outlet: settings.get().outlet }), ...byline, ...draft }, writer)
    },
    'articles.get': ({ id }) => store.get(id),
    'articles.save': async ({ id, rev, draft }) => {
      const current = await editable(id)
      const who = actor()
      // A change of hands or of byline is history (decision 0046): written as a move to the same
      // status, which keeps both versions as revisions for the compare view.
      const entry = who !== undefined && current.status !== 'spiked' && changesContent(current, draft) ? editEntryFor(current.history, current, draft, who) : null
      if (who !== undefined && entry) return store.setStatus(id, rev, current.status, { actor: who, ...entry }, draft)
      return store.save(id, rev, draft, who)
    },
    'articles.restoreRevision': async ({ id, revId, rev }) => {
      await editable(id)
      await requireRevision(id, revId)
      return store.restoreRevision(id, revId, rev, actor())
    },
    'articles.revisions': ({ id }) => store.listRevisions(id),
    'articles.revision': async ({ id, revId }) => {
      await requireRevision(id, revId)
      return store.getRevision(id, revId)
    },
    'articles.names': names,
    'articles.targets': async ({ ids }) => Object.fromEntries((await store.summariesOf(ids)).map((s) => [s.id, targetStateOf(s)])),
    // A page left with nothing typed is not kept (decision 0076); anything else is refused, said why.
    'articles.discardEmpty': async ({ id, rev }) => {
      await store.discardDraft(id, rev, (current) => {
        const refused = discardRefusal(current)
        if (refused) throw new RedaksiFailure(refused, { id })
      })
      return null
    }
  }
}
