import { useTranslation } from 'react-i18next'
import type { Article } from '../../../../shared/article'
import { Moment } from '../../ui/newsroom-clock'
import './ReturnNotice.css'

/** Why the piece came back, where the writer is: the editor's note from the latest return or reopening for a ralat. */
export function ReturnNotice({ article }: { article: Article }): React.JSX.Element | null {
  const { t } = useTranslation('review')
  if (article.status !== 'returned') return null
  const returned = [...article.history].reverse().find((entry) => entry.to === 'returned' && entry.from !== 'returned')
  if (!returned) return null
  const by = t(returned.action === 'correct' ? 'correctedBy' : 'returnedBy', { name: returned.actor })
  return (
    <section className="return-notice" role="note" aria-label={by}>
      <p className="return-notice__by">
        <strong>{by}</strong> ·{' '}
        <Moment at={returned.at} />
      </p>
      {returned.note && <blockquote className="return-notice__note">{returned.note}</blockquote>}
    </section>
  )
}
