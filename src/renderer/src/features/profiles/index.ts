// Who is at the desk: the profiles feature's public surface.
export { ProfileMenu } from './ProfileMenu'
export { FirstRunGate } from './FirstRun'
export { ProfileProvider, useProfiles, type ProfileState } from './ProfileContext'
