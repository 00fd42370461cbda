import { NEWSROOM_DEFAULTS, newArticleDraft } from '../../shared/new-article'
import type { SettingsFile } from '../settings/settings-file'
import type { ArticleStore } from '../store'
import { READ_ONLY_STATUSES } from '../../shared/workflow'
import { nameSuggestions } from './names'
import type { Identity } from '../workflow/require-profile'
import type { Services } from './services'
import { RedaksiFailure } from '../../shared/result'
import { discardRefusal } from '../../shared/empty-draft'

// articles.spike changes the status, so it is the workflow's (see create-services.ts).
type ArticleChannels = Exclude<Extract<keyof Services, `articles.${string}`>, 'articles.spike'>

export function articleServices(store: ArticleStore, settings: SettingsFile, profiles: Identity): Pick<Services, ArticleChannels> {
  // History and revisions name the current profile; without one the store's own default stands.
  const actor = (): string | undefined => profiles.current()?.name
  // An approved text is what the editor signed off: changing it needs a reopen first. A status
  // change after this read bumps the rev, so the write that follows then fails as a conflict.
  const refuseReadOnly = async (id: string): Promise<void> => {
    if (READ_ONLY_STATUSES.has((await store.get(id)).status)) throw new RedaksiFailure('workflow.read-only')
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
      await refuseReadOnly(id)
      return store.save(id, rev, draft, actor())
    },
    'articles.restoreRevision': async ({ id, revId, rev }) => {
      await refuseReadOnly(id)
      await requireRevision(id, revId)
      return store.restoreRevision(id, revId, rev, actor())
    },
    'articles.revisions': ({ id }) => store.listRevisions(id),
    'articles.revision': async ({ id, revId }) => {
      await requireRevision(id, revId)
      return store.getRevision(id, revId)
    },
    'articles.names': names,
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
