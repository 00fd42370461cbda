import type { Profile } from '../../shared/workflow'
import type { ProfilesFile } from './profiles-file'
import { RedaksiFailure } from '../../shared/result'

/** Every workflow action is someone's: without a current profile there is nobody to record. */
export function requireProfile(profiles: ProfilesFile): Profile {
  const profile = profiles.current()
  if (!profile) throw new RedaksiFailure('workflow.no-profile')
  return profile
}
