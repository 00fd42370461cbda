import { useTranslation } from 'react-i18next'
import { SEARCH_LIMIT } from './list-query'
import type { ArticleQuery } from './useArticleQuery'

/** Under the rows: how many of how many are shown, and the button for the next page. */
export function ListMore({ query }: { query: ArticleQuery }): React.JSX.Element {
  const { t } = useTranslation('list')
  const shown = query.items.length
  return (
    <div className="article-list__more">
      {!query.searching && shown < query.total && <span>{t('showing', { shown, total: query.total })}</span>}
      {query.searching && shown >= SEARCH_LIMIT && <span>{t('searchLimit', { count: SEARCH_LIMIT })}</span>}
      {query.hasMore && (
        <button type="button" className="button" onClick={query.loadMore} disabled={query.loadingMore}>
          {query.loadingMore ? t('loading') : t('loadMore')}
        </button>
      )}
    </div>
  )
}
