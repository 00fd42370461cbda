// The desktop app's export folders: only what the system's folder dialog returned in this session,
// and "open in the browser" only for pages an export wrote in this session. The renderer holds
// the paths to show them; main believes only its own sets (decision 0075).
import { lstat } from 'node:fs/promises'
import { extname, isAbsolute, resolve } from 'node:path'
import { RedaksiFailure } from '../../shared/result'
import type { ExportFolders, ExportTarget } from './export-folder'

export class DialogFolders implements ExportFolders {
  private readonly granted = new Set<string>()
  private readonly written = new Set<string>()

  /** The folder the dialog returned (never a string from the renderer). */
  grant(folder: string): void {
    this.granted.add(resolve(folder))
  }

  /** Decided on the string alone, so the answer never depends on what exists on the disk. */
  async target(named: string): Promise<ExportTarget> {
    if (!isAbsolute(named) || !this.granted.has(resolve(named))) throw new RedaksiFailure('export.folder-not-chosen')
    return { dir: resolve(named) }
  }

  wrote(files: readonly string[]): void {
    for (const file of files) this.written.add(resolve(file))
  }

  /**
   * An HTML page this session wrote and still a regular file there: one replaced since by a
   * link or anything else is not opened.
   */
  async mayOpen(path: string): Promise<boolean> {
    if (!isAbsolute(path)) return false
    const full = resolve(path)
    if (extname(full).toLowerCase() !== '.html' || !this.written.has(full)) return false
    try {
      return (await lstat(full)).isFile()
    } catch {
      return false
    }
  }
}
