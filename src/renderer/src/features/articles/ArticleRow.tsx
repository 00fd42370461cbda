import { useTranslation } from 'react-i18next'
import type { ArticleSummary, Zone } from '../../../../shared/article'
import { routeHash } from '../../ui/router'
import { SyncMark } from '../sync'
import { OwnDraftSpike } from './OwnDraftSpike'
import { StatusBadge } from './StatusBadge'
import { UpdatedTime } from './UpdatedTime'
import { useSectionLabel } from './useSectionLabel'

/**
 * One article in the list. The headline is the link (its accessible name); CSS stretches its
 * target over the whole row, so a click anywhere opens the article.
 */
export function ArticleRow({ article, now, zone }: { article: ArticleSummary; now: number; zone: Zone }): React.JSX.Element {
  const { t } = useTranslation('list')
  const sectionLabel = useSectionLabel()
  const untitled = article.headline.trim() === ''
  return (
    <li className="article-row" data-article-id={article.id}>
      <a className={`article-row__link${untitled ? ' article-row__link--untitled' : ''}`} href={routeHash({ screen: 'article', id: article.id })}>
        {untitled ? t('untitled') : article.headline}
      </a>
      <div className="article-row__meta">
        <span className="article-row__section">{sectionLabel(article.section)}</span>
        <StatusBadge status={article.status} />
        <SyncMark articleId={article.id} />
        <span className="article-row__byline">
          {article.penulis.length > 0 ? t('byline', { names: article.penulis.join(', ') }) : t('noByline')}
        </span>
      </div>
      <div className="article-row__updated">
        <UpdatedTime updatedAt={article.updatedAt} now={now} zone={zone} />
        <OwnDraftSpike article={article} />
      </div>
    </li>
  )
}
