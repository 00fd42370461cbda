import { useEffect, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Failure } from '../../../../shared/result'
import { useFailureText } from '../../ui/failure-text'
import type { Article } from '../../../../shared/article'
import type { RevisionSummary } from '../../../../shared/ipc'
import { useFormatMoment } from '../../ui/newsroom-clock'
import { bodyCompareText, otherFieldsText } from './compare-text'
import { changedSince, defaultComparison, versionEvent } from './compare-versions'
import { useEditRefusal } from './ReadOnlyNotice'
import { hasChanges, wordDiff, type DiffPart } from './word-diff'

function Diff({ parts }: { parts: DiffPart[] }): React.JSX.Element {
  const { t } = useTranslation('review')
  return (
    <p className="diff">
      {parts.map((part, i) =>
        part.kind === 'same' ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === 'added' ? (
          <ins key={i} title={t('added')}>
            {part.text}
          </ins>
        ) : (
          <del key={i} title={t('removed')}>
            {part.text}
          </del>
        )
      )}
    </p>
  )
}

/** The article as submitted against any earlier revision: every field, and the body word by word. */
export function CompareView({ article, onRestored }: { article: Article; onRestored?: (article: Article) => void }): React.JSX.Element {
  const { t } = useTranslation('review')
  const { t: fieldWords } = useTranslation(['editor', 'photo'])
  const [restoreError, setRestoreError] = useState<Failure | null>(null)
  const failureText = useFailureText()
  // Restoring is a save: offered only where main would take one from this profile.
  const editable = useEditRefusal(article) === null && article.status !== 'spiked'
  const [revisions, setRevisions] = useState<RevisionSummary[]>([])
  const [chosen, setChosen] = useState<string>('')
  const [earlier, setEarlier] = useState<Article | null>(null)
  const id = useId()
  const moment = useFormatMoment()

  useEffect(() => {
    let current = true
    void window.redaksi.articles.revisions({ id: article.id }).then((result) => {
      if (!current || !result.ok) return
      const older = result.value.filter((r) => r.revId !== article.revId)
      setRevisions(older)
      setChosen((c) => c || defaultComparison(older, article.history))
    })
    return () => {
      current = false
    }
    // The history changes with the revId; reading it here would only repeat the request.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [article.id, article.revId])

  useEffect(() => {
    if (!chosen) return
    let current = true
    void window.redaksi.articles.revision({ id: article.id, revId: chosen }).then((result) => current && result.ok && setEarlier(result.value))
    return () => {
      current = false
    }
  }, [article.id, chosen])

  const diffs = useMemo(
    () =>
      earlier && {
        headline: wordDiff(earlier.headline, article.headline),
        other: wordDiff(otherFieldsText(earlier, fieldWords), otherFieldsText(article, fieldWords)),
        body: wordDiff(bodyCompareText(earlier), bodyCompareText(article))
      },
    [earlier, article, fieldWords]
  )

  const chosenVersion = revisions.find((r) => r.revId === chosen)
  const editors = chosenVersion ? changedSince(chosenVersion, article.history) : []

  if (revisions.length === 0) return <p>{t('compareNothing')}</p>
  return (
    <section className="compare" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('compare')}</h3>
      <label htmlFor={id}>{t('compareWith')}</label>
      <select id={id} value={chosen} onChange={(e) => setChosen(e.target.value)}>
        {revisions.map((r) => (
          <option key={r.revId} value={r.revId}>
            {t('versionLabel', { rev: r.rev, event: t(versionEvent(r, article.history)), name: r.savedBy, time: moment(r.savedAt) })}
          </option>
        ))}
      </select>
      {editable && onRestored && earlier && (
        <button
          type="button"
          className="button button--quiet"
          onClick={() =>
            void window.redaksi.articles.restoreRevision({ id: article.id, revId: chosen, rev: article.rev }).then((result) => {
              if (result.ok) {
                setRestoreError(null)
                onRestored(result.value)
              } else setRestoreError(result.error)
            })
          }
        >
          {t('restoreVersion')}
        </button>
      )}
      {restoreError && <p role="alert">{failureText(restoreError)}</p>}
      {editors.length > 0 && <p className="compare__by">{t('changedSince', { names: editors.join(', ') })}</p>}
      {diffs && (
        <>
          {!hasChanges(diffs.headline) && !hasChanges(diffs.other) && !hasChanges(diffs.body) && <p>{t('compareSame')}</p>}
          <h4>{t('fieldHeadline')}</h4>
          <Diff parts={diffs.headline} />
          <h4>{t('fieldOther')}</h4>
          <Diff parts={diffs.other} />
          <h4>{t('fieldBody')}</h4>
          <Diff parts={diffs.body} />
        </>
      )}
    </section>
  )
}
