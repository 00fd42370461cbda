import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Article } from '../../../../shared/article'
import { bodyText } from '../../../../shared/editor/queries'
import type { Failure } from '../../../../shared/result'
import { useFailureText } from '../../ui/failure-text'
import { WordDiffLine } from './WordDiffLine'

export interface ConflictPair {
  server: Article
  local: Article
}

/**
 * Server and local version word by word (server struck, local added), and the ways out: either
 * version, both as two articles, or (where the caller offers it) merge by hand.
 */
export function ConflictCompare(props: { articleId: string; onSettled: () => void; onMerge?: (pair: ConflictPair) => void }): React.JSX.Element {
  const { t } = useTranslation('sync')
  const [pair, setPair] = useState<ConflictPair | null>(null)
  const [error, setError] = useState<Failure | null>(null)
  const word = useFailureText()
  useEffect(() => {
    void window.redaksi.sync.conflict({ articleId: props.articleId }).then((r) => (r.ok ? setPair(r.value) : setError(r.error)))
  }, [props.articleId])
  const settle = (take: 'server' | 'local' | 'both'): void => {
    void window.redaksi.sync.resolve({ articleId: props.articleId, take }).then((r) => (r.ok ? props.onSettled() : setError(r.error)))
  }
  const { onMerge } = props
  return (
    <section className="sync-conflict" aria-label={pair?.local.headline ?? props.articleId}>
      <p>{t('conflictIntro')}</p>
      {pair && (
        <>
          <p>
            <strong>{t('serverVersion')}:</strong> {pair.server.headline} · <strong>{t('localVersion')}:</strong> {pair.local.headline}
          </p>
          <WordDiffLine server={pair.server.headline} local={pair.local.headline} />
          <WordDiffLine server={bodyText(pair.server.body)} local={bodyText(pair.local.body)} />
          <div className="dialog__actions">
            <button type="button" className="button" onClick={() => settle('server')}>
              {t('takeServer')}
            </button>
            <button type="button" className="button" onClick={() => settle('local')}>
              {t('takeLocal')}
            </button>
            <button type="button" className="button" onClick={() => settle('both')}>
              {t('keepBoth')}
            </button>
            {onMerge && (
              <button type="button" className="button" onClick={() => onMerge(pair)}>
                {t('mergeByHand')}
              </button>
            )}
          </div>
        </>
      )}
      {error && (
        <p role="alert" className="field__hint field__hint--warning">
          {word(error)}
        </p>
      )}
    </section>
  )
}
