// The settings dialog: the feature's public surface.
export { SettingsDialog } from './SettingsDialog'
