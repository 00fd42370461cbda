import { useState } from 'react'
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
 * rules main applies (decision 0076). The piece goes to the trash, from where it can be restored.
 */
export function OwnDraftSpike({ article }: { article: ArticleSummary }): React.JSX.Element | null {
  const { t } = useTranslation('review')
  const word = useFailureText()
  const { current } = useProfiles()
  const [error, setError] = useState<RedaksiError | null>(null)
  const [busy, setBusy] = useState(false)
  if (!current || !OWN_TO_SPIKE.has(article.status) || !isPenulisOf(article, current) || !allowedActions(article, current).includes('spike')) return null
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
