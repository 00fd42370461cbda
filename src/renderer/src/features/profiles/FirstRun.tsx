import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { navigate } from '../../ui/router'
import { useProfiles } from './ProfileContext'
import { ProfileForm } from './ProfileForm'
import './profiles.css'

/**
 * A store with no profile yet shows this instead of its screens: every action is recorded by
 * name (and Penulis starts with it), so the first profile comes first, then the list.
 */
export function FirstRunGate({ children }: { children: React.ReactNode }): React.JSX.Element {
  const { t } = useTranslation('review')
  const { profiles, loaded } = useProfiles()
  const id = useId()
  if (!loaded || profiles.length > 0) return <>{children}</>
  return (
    <section className="first-run" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('firstRunTitle')}</h2>
      <p>{t('firstRunIntro')}</p>
      <ProfileForm onDone={() => navigate({ screen: 'list' })} />
    </section>
  )
}
