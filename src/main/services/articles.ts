import { newArticleDraft } from '../../shared/new-article'
import type { ArticleStore } from '../store/article-store'
import type { Services } from './services'

type ArticleChannels = Extract<keyof Services, `articles.${string}`>

export function articleServices(store: ArticleStore): Pick<Services, ArticleChannels> {
  return {
    'articles.list': (query) => store.list({ ...query, sort: 'updated-desc' }),
    'articles.search': ({ text, limit }) => store.search(text, limit === undefined ? {} : { limit }),
    'articles.create': ({ draft }) => store.create({ ...newArticleDraft(), ...draft }),
    'articles.get': ({ id }) => store.get(id),
    'articles.save': ({ id, rev, draft }) => store.save(id, rev, draft),
    'articles.spike': ({ id, rev }) => store.spike(id, rev)
  }
}
