import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Article } from '../../../../shared/article'
import type { Failure, Result } from '../../../../shared/result'
import { useFailureText } from '../../ui/failure-text'
import { draftOf } from './article-sync'
import { ConflictChoices } from './ConflictChoices'

export interface ConflictPair {
  server: Article
  local: Article
}

/**
 * A conflict with the newsroom server: both versions side by side and the ways out every
 * conflict has (ConflictChoices), plus the two only sync has: both as two articles, and (where the
 * caller offers it) merge by hand.
 */
export function ConflictCompare(props: { articleId: string; onSettled: () => void; onMerge?: (pair: ConflictPair) => void }): React.JSX.Element {
  const { t } = useTranslation('sync')
  const [pair, setPair] = useState<ConflictPair | null>(null)
  const [error, setError] = useState<Failure | null>(null)
  const word = useFailureText()
  useEffect(() => {
    void window.redaksi.sync.conflict({ articleId: props.articleId }).then((r) => (r.ok ? setPair(r.value) : setError(r.error)))
  }, [props.articleId])
  const settle = async (take: 'server' | 'local' | 'both'): Promise<Result<unknown>> => {
    const result = await window.redaksi.sync.resolve({ articleId: props.articleId, take })
    if (result.ok) props.onSettled()
    return result
  }
  const { onMerge } = props
  return (
    <section className="sync-conflict" aria-label={pair?.local.headline ?? props.articleId}>
      <p>{t('conflictIntro')}</p>
      {pair && (
        <ConflictChoices source="server" theirs={draftOf(pair.server)} mine={draftOf(pair.local)} onTakeTheirs={() => settle('server')} onKeepMine={() => settle('local')}>
          <button type="button" className="button" onClick={() => void settle('both').then((r) => r.ok || setError(r.error))}>
            {t('keepBoth')}
          </button>
          {onMerge && (
            <button type="button" className="button" onClick={() => onMerge(pair)}>
              {t('mergeByHand')}
            </button>
          )}
        </ConflictChoices>
      )}
      {error && (
        <p role="alert" className="field__hint field__hint--warning">
          {word(error)}
        </p>
      )}
    </section>
  )
}
