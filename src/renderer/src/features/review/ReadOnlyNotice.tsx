import { useTranslation } from 'react-i18next'
import type { Article } from '../../../../shared/article'
import { editRefusal } from '../../../../shared/workflow'
import { useProfiles } from '../profiles'

/**
 * Why the current profile may not change this piece now, by the rule main and the server apply
 * to a save (shared editRefusal), or null when it is editable.
 */
export function useEditRefusal(article: Pick<Article, 'status'>): 'read-only' | 'on-the-desk' | null {
  const { current } = useProfiles()
  return editRefusal(article.status, current ?? null)
}

/** The sentence beside a read-only piece: approved, published (an editor may reopen it for a ralat), or on the desk. */
export function ReadOnlyNotice({ article }: { article: Pick<Article, 'status'> }): React.JSX.Element | null {
  const { t } = useTranslation('review')
  const why = useEditRefusal(article)
  if (why === null) return null
  const text = why === 'on-the-desk' ? t('readOnlyOnTheDesk') : article.status === 'published' ? t('readOnlyPublished') : t('readOnly')
  return (
    <p role="note" className="read-only-notice">
      {text}
    </p>
  )
}
