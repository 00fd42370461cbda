import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { issueWords } from '../../../../shared/i18n/failures'
import type { Failure } from '../../../../shared/result'
import { SETTINGS_LIMITS, type Settings } from '../../../../shared/settings'
import { Dialog, FormActions } from '../../ui/Dialog'
import { ServerSettings } from '../sync'
import { uiLanguage, useFailureText } from '../../ui/failure-text'
import { ThemeChoice } from './ThemeChoice'

type Field = 'outlet' | 'headlineLimit'

/** The words for what main said is wrong with one field, read from the issue's typed location. */
function fieldIssue(error: Failure | null, field: Field, language: 'id' | 'en'): string | null {
  const issue = error?.issues?.find((i) => i.at.field === 'request' && i.at.path[0] === field)
  return issue ? issueWords(language, issue) : null
}

/** The newsroom's own defaults: the outlet a dateline names, and where a headline gets too long. */
export function SettingsDialog(props: { onClose: () => void }): React.JSX.Element {
  const { t, i18n } = useTranslation('app')
  const failureText = useFailureText()
  const language = uiLanguage(i18n.language)
  const [settings, setSettings] = useState<Settings | null>(null)
  const [outlet, setOutlet] = useState('')
  const [limit, setLimit] = useState('')
  const [error, setError] = useState<Failure | null>(null)
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

  const outletIssue = fieldIssue(error, 'outlet', language)
  const limitIssue = fieldIssue(error, 'headlineLimit', language)
  // A failure no field explains (the file could not be written) is said once below the form.
  const general = error && !outletIssue && !limitIssue ? failureText(error) : null
  return (
    <Dialog title={t('settings')} onClose={props.onClose}>
      {settings && (
        <form
          onSubmit={(event) => {
            event.preventDefault()
            void window.redaksi.settings.update({ outlet: outlet.trim(), headlineLimit: Number(limit) }).then((result) => {
              if (result.ok) props.onClose()
              else setError(result.error)
            })
          }}
        >
          <label htmlFor={`${id}-outlet`}>{t('outlet')}</label>
          <input
            id={`${id}-outlet`}
            value={outlet}
            required
            maxLength={SETTINGS_LIMITS.outlet.max}
            aria-invalid={outletIssue ? true : undefined}
            aria-describedby={outletIssue ? `${id}-outlet-issue` : undefined}
            onChange={(e) => setOutlet(e.target.value)}
          />
          {outletIssue && (
            <p id={`${id}-outlet-issue`} role="alert" className="field__hint field__hint--warning">
              {outletIssue}
            </p>
          )}
          <label htmlFor={`${id}-limit`}>{t('headlineLimit')}</label>
          <input
            id={`${id}-limit`}
            type="number"
            min={SETTINGS_LIMITS.headlineLimit.min}
            max={SETTINGS_LIMITS.headlineLimit.max}
            value={limit}
            required
            aria-invalid={limitIssue ? true : undefined}
            aria-describedby={limitIssue ? `${id}-limit-issue` : undefined}
            onChange={(e) => setLimit(e.target.value)}
          />
          {limitIssue && (
            <p id={`${id}-limit-issue`} role="alert" className="field__hint field__hint--warning">
              {limitIssue}
            </p>
          )}
          {general && (
            <p role="alert" className="field__hint field__hint--warning">
              {general}
            </p>
          )}
          <FormActions cancel={t('cancel')} submit={t('saveSettings')} onCancel={props.onClose} />
        </form>
      )}
      {settings && <ThemeChoice initial={settings.theme} />}
      {settings && <ServerSettings />}
    </Dialog>
  )
}
