import type { Profile } from '../../shared/workflow'
import type { ProfilesFile } from './profiles-file'

/**
 * Who is acting: the current local profile, or, on a store connected to a newsroom server, the
 * signed-in account (src/main/sync/identity.ts).
 */
export type Identity = Pick<ProfilesFile, 'current'>
import { RedaksiFailure } from '../../shared/result'

/** Every workflow action is someone's: without a current profile there is nobody to record. */
export function requireProfile(profiles: Identity): Profile {
  const profile = profiles.current()
  if (!profile) throw new RedaksiFailure('workflow.no-profile')
  return profile
}
