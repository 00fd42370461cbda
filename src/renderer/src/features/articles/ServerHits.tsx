import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SearchHit } from '../../../../shared/ipc'
import type { RedaksiError } from '../../../../shared/result'
import { useFailureText } from '../../ui/failure-text'
import { routeHash } from '../../ui/router'
import { useSectionLabel } from './useSectionLabel'

/**
 * Search hits the newsroom server holds and this computer does not keep ("Di server"). Opening
 * one fetches it into the local store first; from then on it is like any pulled article.
 */
export function ServerHits({ hits, skipped }: { hits: SearchHit[]; skipped: boolean }): React.JSX.Element | null {
  const { t } = useTranslation('list')
  const failureText = useFailureText()
  const sectionLabel = useSectionLabel()
  const [fetching, setFetching] = useState<string | null>(null)
  const [error, setError] = useState<RedaksiError | null>(null)

  const open = (id: string): void => {
    setFetching(id)
    setError(null)
    void window.redaksi.sync.fetch({ id }).then((result) => {
      setFetching(null)
      if (result.ok) window.location.hash = routeHash({ screen: 'article', id })
      else setError(result.error)
    })
  }

  if (skipped) return <p className="field__hint article-list__server-skipped">{t('serverSkipped')}</p>
  if (hits.length === 0) return null
  return (
    <section className="article-list__server" aria-labelledby="server-hits-heading">
      <h3 id="server-hits-heading">{t('onServer')}</h3>
      <p className="field__hint">{t('onServerHint')}</p>
      <ul className="article-list__rows" aria-label={t('onServer')}>
        {hits.map((hit) => (
          <li key={hit.id} className="article-row article-row--server" data-server-article-id={hit.id}>
            <button type="button" className="article-row__link button--link" disabled={fetching !== null} onClick={() => open(hit.id)}>
              {hit.headline}
            </button>
            <div className="article-row__meta">
              <span className="article-row__section">{sectionLabel(hit.section)}</span>
              <span className="article-row__byline">{hit.penulis.join(', ')}</span>
              {fetching === hit.id && <span role="status">{t('fetching')}</span>}
            </div>
          </li>
        ))}
      </ul>
      {error && (
        <p role="alert" className="notice notice--error">
          {t('fetchFailed', { message: failureText(error) })}
        </p>
      )}
    </section>
  )
}
