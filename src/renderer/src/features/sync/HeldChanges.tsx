import { useTranslation } from 'react-i18next'
import type { SyncStatus } from '../../../../shared/ipc'
import type { Failure, Result } from '../../../../shared/result'
import { heldLines } from './sync-words'

/**
 * Changes another account made on this machine and has not sent (decision 0035): kept, never sent
 * under the account signed in now, and given up only when someone here says so.
 */
export function HeldChanges(props: { status: SyncStatus; onDone: (failure: Failure | null) => void }): React.JSX.Element | null {
  const { t } = useTranslation('sync')
  const { held } = props.status
  if (held.length === 0) return null
  const lines = heldLines(props.status, t)
  const discard = async (changes: readonly { changeId: string }[]): Promise<void> => {
    let last: Result<SyncStatus> | null = null
    for (const { changeId } of changes) {
      last = await window.redaksi.sync.discard({ changeId })
      if (!last.ok) break
    }
    props.onDone(last && !last.ok ? last.error : null)
  }
  return (
    <>
      <h4>{t('heldTitle')}</h4>
      <ul className="sync-held">
        {held.map((h, i) => (
          <li key={`${h.server} ${h.login}`}>
            {lines[i]}{' '}
            <button type="button" className="button button--quiet" onClick={() => void discard(h.changes)}>
              {t('discardHeld')}
            </button>
          </li>
        ))}
      </ul>
    </>
  )
}
