import { useTranslation } from 'react-i18next'
import { useFailureText } from '../../ui/failure-text'
import { syncLine } from './sync-words'
import { useSyncStatus } from './useSyncStatus'
import './sync.css'

/**
 * The sync state, always in the header while a server is connected; a store without one shows
 * nothing, exactly as before there was a server.
 */
export function SyncIndicator(props: { onOpen: () => void }): React.JSX.Element | null {
  const { t, i18n } = useTranslation('sync')
  const { status } = useSyncStatus()
  const word = useFailureText()
  if (!status || status.phase === 'local') return null
  const tone = status.phase === 'synced' ? 'ok' : status.phase === 'pending' ? 'busy' : 'warn'
  return (
    <button type="button" className={`button button--quiet sync-indicator sync-indicator--${tone}`} onClick={props.onOpen} aria-label={`${t('statusLabel')}: ${syncLine(status, t, i18n.language, word)}`}>
      <span role="status" data-phase={status.phase}>
        {syncLine(status, t, i18n.language, word)}
      </span>
    </button>
  )
}
