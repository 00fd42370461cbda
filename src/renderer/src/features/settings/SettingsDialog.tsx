import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Settings } from '../../../../shared/ipc'
import { Dialog, FormActions } from '../../ui/Dialog'
import { ServerSettings } from '../sync/ServerSettings'

/** The newsroom's own defaults: the outlet a dateline names, and where a headline gets too long. */
export function SettingsDialog(props: { onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation('app')
  const [settings, setSettings] = useState<Settings | null>(null)
  const [outlet, setOutlet] = useState('')
  const [limit, setLimit] = useState('')
  const [error, setError] = useState<string | null>(null)
  const id = useId()

  useEffect(() => {
    let current = true
    void window.redaksi.settings.get({}).then((result) => {
      if (!current || !result.ok) return
      setSettings(result.value)
      setOutlet(result.value.outlet)
      setLimit(String(result.value.headlineLimit))
    })
    return () => {
      current = false
    }
  }, [])

  return (
    <Dialog title={t('settings')} onClose={props.onClose}>
      {settings && (
        <form
          onSubmit={(event) => {
            event.preventDefault()
            void window.redaksi.settings.update({ outlet: outlet.trim(), headlineLimit: Number(limit) }).then((result) => {
              if (result.ok) props.onClose()
              else setError(result.error.issues?.map((i) => i.message).join(' ') || result.error.message)
            })
          }}
        >
          <label htmlFor={`${id}-outlet`}>{t('outlet')}</label>
          <input id={`${id}-outlet`} value={outlet} required maxLength={60} onChange={(e) => setOutlet(e.target.value)} />
          <label htmlFor={`${id}-limit`}>{t('headlineLimit')}</label>
          <input id={`${id}-limit`} type="number" min={20} max={300} value={limit} required onChange={(e) => setLimit(e.target.value)} />
          {error && (
            <p role="alert" className="field__hint field__hint--warning">
              {error}
            </p>
          )}
          <FormActions cancel={t('cancel')} submit={t('saveSettings')} onCancel={props.onClose} />
        </form>
      )}
      {settings && <ServerSettings />}
    </Dialog>
  )
}
