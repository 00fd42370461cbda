// Sync with the newsroom server: the feature's public surface (the header line and Pengaturan's section).
export { ServerSettings } from './ServerSettings'
export { SyncIndicator } from './SyncIndicator'
