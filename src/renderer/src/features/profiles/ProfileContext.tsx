import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react'
import type { Failure } from '../../../../shared/result'
import type { Profile } from '../../../../shared/workflow'
import { useSyncStatus } from '../sync'

export interface ProfileState {
  profiles: Profile[]
  current: Profile | null
  loaded: boolean
  switchTo(id: string): Promise<void>
  save(profile: Omit<Profile, 'id'> & { id?: string }): Promise<Profile | Failure>
}

const ProfileContext = createContext<ProfileState | null>(null)

/** Who is at the keyboard: every action in main is recorded in this profile's name. */
export function ProfileProvider({ children }: { children: ReactNode }): React.JSX.Element {
  const [profiles, setProfiles] = useState<Profile[]>([])
  const [currentId, setCurrentId] = useState<string | null>(null)
  const [loaded, setLoaded] = useState(false)
  const [generation, setGeneration] = useState(0)
  // Signed in, the profile is the account, whose role an admin may change on the server: main
  // learns it in a sync round (decision 0048) and the status carries it; the profile is read again.
  const { status } = useSyncStatus()
  const account = status?.account ? `${status.account.login}\n${status.account.role}\n${status.account.displayName}` : null
  useEffect(() => {
    let current = true
    void window.redaksi.profiles.list({}).then((result) => {
      if (!current || !result.ok) return
      setProfiles(result.value.profiles)
      setCurrentId(result.value.currentId)
      setLoaded(true)
    })
    return () => {
      current = false
    }
  }, [generation, account])

  const switchTo = useCallback(async (id: string) => {
    const result = await window.redaksi.profiles.switch({ id })
    if (result.ok) setGeneration((g) => g + 1)
  }, [])

  const save = useCallback(async (profile: Omit<Profile, 'id'> & { id?: string }): Promise<Profile | Failure> => {
    const result = await window.redaksi.profiles.save({ profile })
    if (!result.ok) return result.error
    setGeneration((g) => g + 1)
    return result.value
  }, [])

  const value: ProfileState = {
    profiles,
    current: profiles.find((p) => p.id === currentId) ?? null,
    loaded,
    switchTo,
    save
  }
  return <ProfileContext.Provider value={value}>{children}</ProfileContext.Provider>
}

export function useProfiles(): ProfileState {
  const state = useContext(ProfileContext)
  if (!state) throw new Error('useProfiles outside ProfileProvider')
  return state
}
