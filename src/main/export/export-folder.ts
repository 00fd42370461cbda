// Where a request from the renderer may make an export write. The desktop app and the browser
// host answer differently (dialog-folders.ts, files-folder.ts); the command line names its own
// folders and never comes through here (decision 0075).

/** A folder an export may write into, and the check to make again once it exists. */
export interface ExportTarget {
  dir: string
  /** Run after the folder is created and before anything is written into it. */
  recheck?: () => Promise<void>
}

export interface ExportFolders {
  /** The folder for what the renderer named, or a RedaksiFailure. Writes nothing. */
  target(named: string): Promise<ExportTarget>
}
