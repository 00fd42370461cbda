import { NEWSROOM_DEFAULTS, newArticleDraft } from '../../shared/new-article'
import type { SettingsFile } from '../settings/settings-file'
import type { ArticleStore } from '../store/article-store'
import { READ_ONLY_STATUSES } from '../../shared/workflow'
import { nameSuggestions } from './names'
import type { Identity } from '../workflow/require-profile'
import type { Services } from './services'
import { RedaksiFailure } from '../../shared/result'

type ArticleChannels = Extract<keyof Services, `articles.${string}`>

export function articleServices(store: ArticleStore, settings: SettingsFile, profiles: Identity): Pick<Services, ArticleChannels> {
  // History and revisions name the current profile; without one the store's own default stands.
  const actor = (): string | undefined => profiles.current()?.name
  // An approved text is what the editor signed off: changing it needs a reopen first. A status
  // change after this read bumps the rev, so the write that follows then fails as a conflict.
  const refuseReadOnly = async (id: string): Promise<void> => {
    if (READ_ONLY_STATUSES.has((await store.get(id)).status)) throw new RedaksiFailure('workflow.read-only')
  }
  const names = nameSuggestions(store)
  return {
    'articles.list': (query) => store.list({ ...query, sort: query.sort ?? 'updated-desc' }),
    'articles.search': ({ text, limit }) => store.search(text, limit === undefined ? {} : { limit }),
    'articles.create': ({ draft }) => store.create({ ...newArticleDraft({ ...NEWSROOM_DEFAULTS, outlet: settings.get().outlet }), ...draft }, actor()),
    'articles.get': ({ id }) => store.get(id),
    'articles.save': async ({ id, rev, draft }) => {
      await refuseReadOnly(id)
      return store.save(id, rev, draft, actor())
    },
    'articles.restoreRevision': async ({ id, revId, rev }) => {
      await refuseReadOnly(id)
      return store.restoreRevision(id, revId, rev, actor())
    },
    'articles.spike': async ({ id, rev }) => {
      const current = await store.get(id)
      if (current.status === 'published') throw new RedaksiFailure('workflow.illegal', { status: 'published', action: 'spike' })
      return store.spike(id, rev, actor())
    },
    'articles.revisions': ({ id }) => store.listRevisions(id),
    'articles.revision': ({ id, revId }) => store.getRevision(id, revId),
    'articles.names': names
  }
}
