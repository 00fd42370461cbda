import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArticleSummary } from '../../../../shared/article'
import type { RedaksiError } from '../../../../shared/result'
import { allowedActions, isPenulisOf } from '../../../../shared/workflow'
import { useFailureText } from '../../ui/failure-text'
import { useProfiles } from '../profiles'

/** Pieces still the writer's own to throw away from the list (returned ones too). */
const OWN_TO_SPIKE = new Set(['draft', 'returned'])

/**
 * "Buang" on the list row of the current profile's own draft: the workflow's spike, with the same
 * rules main applies (decision 0076). Whose piece it is comes from its history (decision 0046),
 * which the list's summaries do not carry: rows whose byline names the profile are asked about,
 * one article read each. The piece goes to the trash, from where it can be restored.
 */
export function OwnDraftSpike({ article }: { article: ArticleSummary }): React.JSX.Element | null {
  const { t } = useTranslation('review')
  const word = useFailureText()
  const { current } = useProfiles()
  const [error, setError] = useState<RedaksiError | null>(null)
  const [busy, setBusy] = useState(false)
  const [allowed, setAllowed] = useState(false)
  const candidate = current !== null && OWN_TO_SPIKE.has(article.status) && isPenulisOf(article, current)
  const { id, rev } = article
  useEffect(() => {
    if (!candidate || !current) return
    let live = true
    void window.redaksi.articles.get({ id }).then((result) => {
      if (live) setAllowed(result.ok && result.value.rev === rev && allowedActions(result.value, current).includes('spike'))
    })
    return () => {
      live = false
    }
  }, [candidate, current, id, rev])
  if (!candidate || !allowed) return null
  const spike = (): void => {
    setBusy(true)
    void window.redaksi.articles.spike({ id: article.id, rev: article.rev }).then((result) => {
      setBusy(false)
      // Done, the list reads itself again (articles.changed) and the row leaves it.
      if (!result.ok) setError(result.error)
    })
  }
  const headline = article.headline.trim() === '' ? t('list:untitled') : article.headline
  return (
    <>
      <button type="button" className="button button--quiet article-row__spike" disabled={busy} aria-label={t('spikeOwn', { headline })} onClick={spike}>
        {t('spike')}
      </button>
      {error && (
        <p role="alert" className="article-row__error">
          {word(error)}
        </p>
      )}
    </>
  )
}
