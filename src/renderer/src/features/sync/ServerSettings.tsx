import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SyncStatus } from '../../../../shared/ipc'
import type { Failure, Result } from '../../../../shared/result'
import { useFailureText } from '../../ui/failure-text'
import { useNewsroomZone } from '../../ui/newsroom-clock'
import { ArchiveScopeSettings } from './ArchiveScopeSettings'
import { ConflictCompare } from './ConflictCompare'
import { HeldChanges } from './HeldChanges'
import { syncLine } from './sync-words'
import { useSyncStatus } from './useSyncStatus'
import './sync.css'

/**
 * Pengaturan → "Server redaksi": sign in with URL, login and password, or, signed in, who you
 * are, the sync state, and what to do with changes the server did not take.
 */
export function ServerSettings(): React.JSX.Element {
  const { t, i18n } = useTranslation('sync')
  const zone = useNewsroomZone()
  const { status, refresh } = useSyncStatus()
  const [server, setServer] = useState('')
  const [login, setLogin] = useState('')
  const [password, setPassword] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<Failure | null>(null)
  const word = useFailureText()
  const id = useId()

  // Who is acting changes with the session: the whole app reads it again.
  const after = (result: Result<SyncStatus>): void => {
    setBusy(false)
    if (result.ok) window.location.reload()
    else setError(result.error)
  }
  const act = (work: Promise<Result<SyncStatus>>): void => {
    void work.then((r) => {
      setError(r.ok ? null : r.error)
      refresh()
    })
  }

  if (!status) return <section aria-labelledby={`${id}-title`} />
  return (
    <section className="server-settings" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('section')}</h3>
      {status.phase === 'local' ? (
        <form
          onSubmit={(event) => {
            event.preventDefault()
            setBusy(true)
            setError(null)
            void window.redaksi.sync.login({ server: server.trim(), login: login.trim(), password }).then(after)
          }}
        >
          <p>{t('intro')}</p>
          {status.waiting > 0 && <p className="field__hint">{t('signedOutWaiting', { count: status.waiting })}</p>}
          <label htmlFor={`${id}-server`}>{t('server')}</label>
          <input id={`${id}-server`} type="url" value={server} required placeholder="https://" onChange={(e) => setServer(e.target.value)} />
          <label htmlFor={`${id}-login`}>{t('login')}</label>
          <input id={`${id}-login`} value={login} required autoComplete="username" onChange={(e) => setLogin(e.target.value)} />
          <label htmlFor={`${id}-password`}>{t('password')}</label>
          <input id={`${id}-password`} type="password" value={password} required autoComplete="current-password" onChange={(e) => setPassword(e.target.value)} />
          <div className="dialog__actions">
            <button type="submit" className="button" disabled={busy}>
              {busy ? t('connecting') : t('connect')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <p>{t('connectedAs', { name: status.account?.displayName ?? '', role: status.account?.role ?? '', server: status.server ?? '' })}</p>
          <p className="field__hint">{t('localProfilesNote')}</p>
          <p role="status">{syncLine(status, t, { language: i18n.language, zone }, word)}</p>
          <div className="dialog__actions">
            <button type="button" className="button" onClick={() => act(window.redaksi.sync.now({}))}>
              {t('syncNow')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => void window.redaksi.sync.logout({}).then(after)}>
              {t('disconnect')}
            </button>
          </div>
          <ArchiveScopeSettings />
          <HeldChanges
            status={status}
            onDone={(failure) => {
              setError(failure)
              refresh()
            }}
          />
          {status.problems.some((p) => p.state === 'refused') && (
            <>
              <h4>{t('problems')}</h4>
              <ul>
                {status.problems
                  .filter((p) => p.state === 'refused')
                  .map((p) => (
                    <li key={p.changeId}>
                      {p.failure ? word(p.failure) : null}{' '}
                      <button type="button" className="button button--quiet" onClick={() => act(window.redaksi.sync.retry({ changeId: p.changeId }))}>
                        {t('retry')}
                      </button>{' '}
                      <button type="button" className="button button--quiet" onClick={() => act(window.redaksi.sync.discard({ changeId: p.changeId }))}>
                        {t('discard')}
                      </button>
                    </li>
                  ))}
              </ul>
            </>
          )}
          {status.conflicts.length > 0 && (
            <>
              <h4>{t('conflicts')}</h4>
              {status.conflicts.map((c) => (
                <ConflictCompare key={c.articleId} articleId={c.articleId} onSettled={refresh} />
              ))}
            </>
          )}
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
