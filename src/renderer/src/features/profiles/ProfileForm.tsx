import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Failure } from '../../../../shared/result'
import { ROLES, type Role } from '../../../../shared/workflow'
import { useFailureText } from '../../ui/failure-text'
import { FormActions } from '../../ui/Dialog'
import { useProfiles } from './ProfileContext'
import './profiles.css'

function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 3)
    .map((word) => word[0]!.toLocaleUpperCase('id-ID'))
    .join('')
}

/**
 * Creates a profile and switches to it: no password, this is a shared desk machine. Without
 * `onCancel` (the first run) there is no way around it, so no cancel button.
 */
export function ProfileForm(props: { onDone: () => void; onCancel?: () => void }): React.JSX.Element {
  const { t } = useTranslation('review')
  const { save, switchTo } = useProfiles()
  const [name, setName] = useState('')
  const [initials, setInitials] = useState('')
  const [role, setRole] = useState<Role>('penulis')
  const [error, setError] = useState<Failure | null>(null)
  const failureText = useFailureText()
  const id = useId()
  return (
    <form
      className="profile-form"
      onSubmit={(event) => {
        event.preventDefault()
        void save({ name: name.trim(), initials: (initials || initialsOf(name)).trim(), role }).then(async (saved) => {
          if (!('id' in saved)) {
            setError(saved)
            return
          }
          await switchTo(saved.id)
          props.onDone()
        })
      }}
    >
      <label htmlFor={`${id}-name`}>{t('profileName')}</label>
      <input id={`${id}-name`} required value={name} onChange={(e) => setName(e.target.value)} autoFocus />
      <label htmlFor={`${id}-initials`}>{t('profileInitials')}</label>
      <input id={`${id}-initials`} value={initials} maxLength={4} placeholder={initialsOf(name)} onChange={(e) => setInitials(e.target.value)} />
      <label htmlFor={`${id}-role`}>{t('profileRole')}</label>
      <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as Role)}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`role.${r}`)}
          </option>
        ))}
      </select>
      {error && (
        <p role="alert" className="field__hint field__hint--warning">
          {failureText(error)}
        </p>
      )}
      {props.onCancel ? (
        <FormActions cancel={t('cancel')} submit={t('saveProfile')} onCancel={props.onCancel} />
      ) : (
        <div className="dialog__actions">
          <button type="submit" className="button button--primary">
            {t('saveProfile')}
          </button>
        </div>
      )}
    </form>
  )
}
