import { useTranslation } from 'react-i18next'
import type { Article } from '../../../../shared/article'
import { Moment } from '../../ui/newsroom-clock'

/** Who did what to the article, and when, newest first. */
export function HistoryList({ article }: { article: Article }): React.JSX.Element {
  const { t } = useTranslation(['review', 'app'])
  const entries = [...article.history].reverse()
  return (
    <section className="history" aria-label={t('history')}>
      <h3>{t('history')}</h3>
      {entries.length === 0 ? (
        <p>{t('historyEmpty')}</p>
      ) : (
        <ol className="history__entries">
          {entries.map((entry, i) => (
            <li key={i}>
              <Moment at={entry.at} /> — <strong>{entry.actor}</strong>{' '}
              {t(`action.${entry.action}`, { defaultValue: entry.action })}
              {entry.from && entry.from !== entry.to && (
                <>
                  {' '}
                  ({t(`app:status.${entry.from}`)} → {t(`app:status.${entry.to}`)})
                </>
              )}
              {entry.note && <blockquote className="history__note">{entry.note}</blockquote>}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
