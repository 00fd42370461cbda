import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Article } from '../../../../shared/article'
import { bodyText } from '../../../../shared/editor/queries'
import type { Failure } from '../../../../shared/result'
import { useFailureText } from '../../ui/failure-text'
import { wordDiff, type DiffPart } from '../review'

function Diff({ parts }: { parts: DiffPart[] }): React.JSX.Element {
  return (
    <p className="diff">
      {parts.map((part, i) => (part.kind === 'same' ? <span key={i}>{part.text}</span> : part.kind === 'added' ? <ins key={i}>{part.text}</ins> : <del key={i}>{part.text}</del>))}
    </p>
  )
}

/** Server and local version word by word (server struck, local added), and the three ways out. */
export function ConflictCompare(props: { articleId: string; onSettled: () => void }): React.JSX.Element {
  const { t } = useTranslation('sync')
  const [pair, setPair] = useState<{ server: Article; local: Article } | null>(null)
  const [error, setError] = useState<Failure | null>(null)
  const word = useFailureText()
  useEffect(() => {
    void window.redaksi.sync.conflict({ articleId: props.articleId }).then((r) => (r.ok ? setPair(r.value) : setError(r.error)))
  }, [props.articleId])
  const settle = (take: 'server' | 'local' | 'both'): void => {
    void window.redaksi.sync.resolve({ articleId: props.articleId, take }).then((r) => (r.ok ? props.onSettled() : setError(r.error)))
  }
  return (
    <section className="sync-conflict" aria-label={pair?.local.headline ?? props.articleId}>
      <p>{t('conflictIntro')}</p>
      {pair && (
        <>
          <p>
            <strong>{t('serverVersion')}:</strong> {pair.server.headline} · <strong>{t('localVersion')}:</strong> {pair.local.headline}
          </p>
          <Diff parts={wordDiff(pair.server.headline, pair.local.headline)} />
          <Diff parts={wordDiff(bodyText(pair.server.body), bodyText(pair.local.body))} />
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
