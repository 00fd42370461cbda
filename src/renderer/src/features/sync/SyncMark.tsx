import { useTranslation } from 'react-i18next'
import { articleSyncState } from './article-sync'
import { useSyncStatus } from './useSyncStatus'

/** The list row's marker of an article the server refused or that conflicts; nothing otherwise. */
export function SyncMark({ articleId }: { articleId: string }): React.JSX.Element | null {
  const { t } = useTranslation('sync')
  const { status } = useSyncStatus()
  const state = articleSyncState(status, articleId)
  if (!state.conflict && state.refused.length === 0) return null
  return <span className="sync-mark">{state.conflict ? t('markConflict') : t('markRefused')}</span>
}
