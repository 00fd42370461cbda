import { useTranslation } from 'react-i18next'
import { useFailureText } from '../../ui/failure-text'
import { useNewsroomZone } from '../../ui/newsroom-clock'
import { routeHash } from '../../ui/router'
import { firstProblemArticle } from './article-sync'
import { syncLine } from './sync-words'
import { useSyncStatus } from './useSyncStatus'
import './sync.css'

/**
 * The sync state, always in the header while a server is connected; a store without one shows
 * nothing, exactly as before there was a server. The line opens Pengaturan → Server redaksi
 * (sign in again, sync now, every problem); a refusal or a conflict also links to its article,
 * where the banner offers the ways out.
 */
export function SyncIndicator(props: { onOpen: () => void }): React.JSX.Element | null {
  const { t, i18n } = useTranslation('sync')
  const zone = useNewsroomZone()
  const { status } = useSyncStatus()
  const word = useFailureText()
  if (!status || status.phase === 'local') return null
  const tone = status.phase === 'synced' ? 'ok' : status.phase === 'pending' ? 'busy' : 'warn'
  const line = syncLine(status, t, { language: i18n.language, zone }, word)
  const problem = firstProblemArticle(status)
  return (
    <>
      <button type="button" className={`button button--quiet sync-indicator sync-indicator--${tone}`} onClick={props.onOpen} aria-label={`${t('statusLabel')}: ${line}`}>
        <span role="status" data-phase={status.phase}>
          {line}
        </span>
      </button>
      {problem && (
        <a className="sync-indicator__open" href={routeHash({ screen: 'article', id: problem })}>
          {t('openArticle')}
        </a>
      )}
    </>
  )
}
