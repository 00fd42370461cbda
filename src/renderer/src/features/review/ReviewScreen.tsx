import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Article } from '../../../../shared/article'
import type { QueueItem } from '../../../../shared/workflow'
import { navigate } from '../../ui/router'
import { useNow } from '../../ui/useNow'
import { ArticlePreview } from './ArticlePreview'
import { CompareView } from './CompareView'
import { HistoryList } from './HistoryList'
import { NotesPanel } from './NotesPanel'
import { WorkflowActions } from './WorkflowActions'
import './review.css'

function useWaitingTime(): (since: string) => string {
  const { t } = useTranslation('review')
  // Refreshed, so a queue left open does not keep saying the time it was first drawn.
  const now = useNow()
  return (since) => {
    const minutes = Math.max(0, Math.floor((now - Date.parse(since)) / 60_000))
    // "menunggu 0 menit" reads as a fault; under a minute it was just sent.
    if (minutes < 1) return t('waitingJustNow')
    const duration = minutes < 60 ? t('minutes', { count: minutes }) : minutes < 24 * 60 ? t('hours', { count: Math.floor(minutes / 60) }) : t('days', { count: Math.floor(minutes / (24 * 60)) })
    return t('waiting', { duration })
  }
}

/** The editors' desk: submitted articles, oldest first, and the one being reviewed. */
export function ReviewScreen({ id }: { id: string | null }): React.JSX.Element {
  const { t } = useTranslation('review')
  const [queue, setQueue] = useState<QueueItem[]>([])
  const [article, setArticle] = useState<Article | null>(null)
  const [generation, setGeneration] = useState(0)
  const waited = useWaitingTime()

  useEffect(() => {
    let current = true
    void window.redaksi.workflow.queue({}).then((result) => current && result.ok && setQueue(result.value.items))
    return () => {
      current = false
    }
  }, [generation])

  useEffect(() => {
    if (!id) return
    let current = true
    void window.redaksi.articles.get({ id }).then((result) => current && result.ok && setArticle(result.value))
    return () => {
      current = false
    }
  }, [id, generation])

  const shown = id && article?.id === id ? article : null

  return (
    <div className="review-screen">
      <nav className="review-screen__queue" aria-labelledby="queue-title">
        <h2 id="queue-title">{t('queueTitle')}</h2>
        {queue.length === 0 ? (
          <p>{t('queueEmpty')}</p>
        ) : (
          <ol>
            {queue.map((item) => (
              <li key={item.id} aria-current={item.id === id ? 'true' : undefined}>
                <a href={`#/tinjauan/${item.id}`}>{item.headline}</a>
                <span className="review-screen__meta">
                  {t('by', { names: item.penulis.join(', ') })} · {waited(item.submittedAt)}
                </span>
              </li>
            ))}
          </ol>
        )}
      </nav>
      <section className="review-screen__article" aria-label={shown?.headline ?? t('pickArticle')}>
        {!shown ? (
          <p>{t('pickArticle')}</p>
        ) : (
          <>
            <div className="review-screen__toolbar">
              <WorkflowActions
                article={shown}
                only={['start-review', 'approve', 'return', 'reopen', 'publish', 'correct']}
                onChanged={(next) => {
                  setArticle(next)
                  setGeneration((g) => g + 1)
                }}
              />
              <button type="button" className="button button--quiet" onClick={() => navigate({ screen: 'article', id: shown.id })}>
                {t('open')}
              </button>
            </div>
            <div className="review-screen__columns">
              <div>
                <ArticlePreview article={shown} />
                <CompareView
                  article={shown}
                  onRestored={(next) => {
                    setArticle(next)
                    setGeneration((g) => g + 1)
                  }}
                />
              </div>
              <div>
                <NotesPanel articleId={shown.id} />
                <HistoryList article={shown} />
              </div>
            </div>
          </>
        )}
      </section>
    </div>
  )
}
