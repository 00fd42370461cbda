// Import and export dialogs: the feature's public surface.
export { ExportDialog } from './ExportDialog'
export { ImportDialog } from './ImportDialog'
export { useFileDrop } from './useFileDrop'
