// Sync with the newsroom server: the public surface for the composition roots and the services.
export { syncedIdentity } from './identity'
export { recorder } from './recorder'
export { SyncHub, type SyncHubOptions } from './sync-hub'
export { connectedProfiles, syncServices } from './sync-services'
export { archiveServices } from './archive-services'
