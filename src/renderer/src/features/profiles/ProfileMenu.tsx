import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Dialog } from '../../ui/Dialog'
import { useProfiles } from './ProfileContext'
import { ProfileForm } from './ProfileForm'
import './profiles.css'

const NEW = '__new__'

/** The current profile in the window's header, and the switch between profiles. */
export function ProfileMenu(): React.JSX.Element {
  const { t } = useTranslation('review')
  const { profiles, current, switchTo } = useProfiles()
  const [creating, setCreating] = useState(false)
  const id = useId()
  return (
    <div className="profile-menu">
      {current && (
        <span className="profile-menu__badge" aria-hidden="true" title={current.name}>
          {current.initials}
        </span>
      )}
      <label htmlFor={id}>{t('profile')}</label>
      <select
        id={id}
        value={current?.id ?? ''}
        onChange={(event) => {
          if (event.target.value === NEW) setCreating(true)
          else void switchTo(event.target.value)
        }}
      >
        {!current && <option value="">{t('noProfile')}</option>}
        {profiles.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name} — {t(`role.${p.role}`)}
          </option>
        ))}
        <option value={NEW}>{t('newProfile')}…</option>
      </select>
      {creating && (
        <Dialog title={t('newProfile')} onClose={() => setCreating(false)}>
          <p>{t('createFirstProfile')}</p>
          <ProfileForm onDone={() => setCreating(false)} onCancel={() => setCreating(false)} />
        </Dialog>
      )}
    </div>
  )
}
