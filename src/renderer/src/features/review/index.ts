// The review desk's public surface; the editor shows its notes and workflow buttons too.
export { ReviewScreen } from './ReviewScreen'
export { NotesPanel } from './NotesPanel'
export { ReturnNotice } from './ReturnNotice'
export { WorkflowActions } from './WorkflowActions'
export { wordDiff, type DiffPart } from './word-diff'
export { ReadOnlyNotice, useEditRefusal } from './ReadOnlyNotice'
