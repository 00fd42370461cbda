import type { Profile } from '../../shared/workflow'
import { WorkflowError } from './errors'
import { refusalText } from './messages'
import type { ProfilesFile } from './profiles-file'

/** Every workflow action is someone's: without a current profile there is nobody to record. */
export function requireProfile(profiles: ProfilesFile): Profile {
  const profile = profiles.current()
  if (!profile) throw new WorkflowError('forbidden', refusalText('noProfile'))
  return profile
}
