import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Zone } from '../../../../shared/article'
import { IS_MAC } from '../../ui/platform'
import { ariaKeys } from '../../ui/shortcut-keys'
import { shortcutKeys } from '../../ui/shortcuts'
import { useDebouncedValue } from '../../ui/useDebouncedValue'
import { useGlobalShortcut } from '../../ui/useGlobalShortcut'
import { useNow } from '../../ui/useNow'
import { useSessionState } from '../../ui/useSessionState'
import { ArticleRow } from './ArticleRow'
import { ListControls } from './ListControls'
import { ListEmpty } from './ListEmpty'
import { ListMore } from './ListMore'
import { ServerHits } from './ServerHits'
import { NO_FILTERS, parseFilters } from './list-query'
import { nextRowIndex } from './row-keys'
import { useArticleQuery } from './useArticleQuery'
import { useFailureText } from '../../ui/failure-text'
import { useCreateArticle } from './useCreateArticle'
import { useArticlesChanged } from '../sync'
import './articles.css'

const FILTERS_KEY = 'redaksi.list.filters'
const LAST_OPENED_KEY = 'redaksi.list.lastOpened'
const SEARCH_DELAY_MS = 250
// A pull stores many articles at once: read the list again once they have landed.
const RELOAD_DELAY_MS = 150

/** The home screen: every article in the store, searchable and filterable, newest first. */
export function ArticleList({ zone = 'WIB' }: { zone?: Zone }): React.JSX.Element {
  const { t } = useTranslation('list')
  const failureText = useFailureText()
  const [filters, setFilters] = useSessionState(FILTERS_KEY, NO_FILTERS, parseFilters)
  const text = useDebouncedValue(filters.text, SEARCH_DELAY_MS)
  const query = useArticleQuery({ ...filters, text })
  const { create } = useCreateArticle()
  const now = useNow()
  const searchRef = useRef<HTMLInputElement>(null)
  const listRef = useRef<HTMLUListElement>(null)
  const reloadTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  // Sync stored a server version (or this machine saved one): same filters, sort and focus, new rows.
  const { retry } = query
  useArticlesChanged(() => {
    clearTimeout(reloadTimer.current)
    reloadTimer.current = setTimeout(retry, RELOAD_DELAY_MS)
  })
  useEffect(() => () => clearTimeout(reloadTimer.current), [])

  useGlobalShortcut(shortcutKeys('search'), () => {
    searchRef.current?.focus()
    searchRef.current?.select()
  })

  // Coming back from an article, the keyboard continues from the row that was opened.
  const firstLoaded = !query.loading
  useEffect(() => {
    if (!firstLoaded) return
    const id = sessionStorage.getItem(LAST_OPENED_KEY)
    if (!id) return
    sessionStorage.removeItem(LAST_OPENED_KEY)
    listRef.current?.querySelector<HTMLElement>(`[data-article-id="${CSS.escape(id)}"] a`)?.focus()
  }, [firstLoaded])

  const rememberOpened = (event: React.MouseEvent<HTMLUListElement>): void => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-article-id]')
    if (row?.dataset.articleId) sessionStorage.setItem(LAST_OPENED_KEY, row.dataset.articleId)
  }

  const moveFocus = (event: React.KeyboardEvent<HTMLUListElement>): void => {
    const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>('.article-row__link')]
    const index = links.indexOf(document.activeElement as HTMLAnchorElement)
    if (index < 0) return
    const next = nextRowIndex(event.key, index, links.length)
    if (next === null) return
    event.preventDefault()
    links[next]?.focus()
  }

  const searching = query.searching
  const filtered = filters.status !== '' || filters.section !== ''
  const summary = searching
    ? t('results', { count: query.total, text: query.text })
    : t('count', { count: query.total })

  return (
    <section aria-labelledby="articles-heading" className="article-list">
      <div className="article-list__bar">
        <div>
          <h2 id="articles-heading">{t('heading')}</h2>
          <p role="status" className="article-list__summary">
            {query.loading && !query.items.length ? t('loading') : summary}
          </p>
        </div>
        <button
          type="button"
          className="button button--primary"
          onClick={create}
          aria-keyshortcuts={ariaKeys(shortcutKeys('new-article'), IS_MAC)}
        >
          <span aria-hidden="true" className="button__icon">
            +
          </span>
          {t('newArticle')}
        </button>
      </div>
      <ListControls filters={filters} onChange={setFilters} searchRef={searchRef} />
      {query.error ? (
        <div role="alert" className="notice notice--error">
          {t('loadFailed', { message: failureText(query.error) })}{' '}
          <button type="button" className="button button--quiet" onClick={query.retry}>
            {t('retry')}
          </button>
        </div>
      ) : query.items.length === 0 && query.serverItems.length === 0 ? (
        query.loading ? null : (
          <>
            <ListEmpty
            kind={searching ? 'search' : filtered ? 'filtered' : 'empty'}
            text={query.text}
            onClear={() => setFilters({ ...NO_FILTERS, sort: filters.sort })}
            />
            <ServerHits hits={[]} skipped={query.serverSkipped} />
          </>
        )
      ) : (
        <>
          <ul
            ref={listRef}
            className="article-list__rows"
            aria-label={t('rows')}
            aria-busy={query.loading}
            onKeyDown={moveFocus}
            onClick={rememberOpened}
          >
            {query.items.map((article) => (
              <ArticleRow key={article.id} article={article} now={now} zone={zone} />
            ))}
          </ul>
          <ListMore query={query} />
          <ServerHits hits={query.serverItems} skipped={query.serverSkipped} />
        </>
      )}
    </section>
  )
}
