// The browser host's export folders: only inside its files folder (`--files-dir`, by default the
// data folder), named relative to it. Any folder whose way leads outside — "..", an absolute
// path, a link out — gets one and the same refusal, which names only the files folder, so the
// answer never tells whether something outside exists (decision 0075).
import { lstat, realpath } from 'node:fs/promises'
import { basename, dirname, join, sep } from 'node:path'
import { RedaksiFailure } from '../../shared/result'
import type { ExportFolders, ExportTarget } from './export-folder'

const inside = (path: string, folder: string): boolean => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep)

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path)
    return true
  } catch {
    return false
  }
}

export class FilesFolder implements ExportFolders {
  /** `root` must exist (the browser host creates it at start); `storeDir` takes no exports. */
  constructor(
    readonly root: string,
    private readonly storeDir: string
  ) {}

  private outside(): RedaksiFailure {
    return new RedaksiFailure('export.folder-outside', { root: this.root })
  }

  /** The folder's names below the root; backslashes and drive letters are refused on every system alike. */
  private segments(named: string): string[] {
    if (named.startsWith('/') || named.includes('\\') || /^[A-Za-z]:/.test(named)) throw this.outside()
    const segments = named.split('/').filter((s) => s !== '' && s !== '.')
    if (segments.includes('..')) throw this.outside()
    return segments
  }

  async target(named: string): Promise<ExportTarget> {
    const segments = this.segments(named)
    const realRoot = await realpath(this.root).catch(() => {
      throw new RedaksiFailure('export.folder-unwritable', { dir: this.root })
    })
    // The deepest part of the way that exists (a dangling link counts: it is there), resolved with
    // its links; what lies below it does not exist yet, so creating it follows no link.
    let existing = join(realRoot, ...segments)
    const missing: string[] = []
    while (existing !== realRoot && !(await exists(existing))) {
      missing.unshift(basename(existing))
      existing = dirname(existing)
    }
    const real = await realpath(existing).catch(() => {
      throw this.outside()
    })
    if (!inside(real, realRoot)) throw this.outside()
    const dir = join(real, ...missing)
    const store = await realpath(this.storeDir).catch(() => this.storeDir)
    if (inside(dir, store)) throw new RedaksiFailure('export.folder-is-store', { root: this.root })
    // Checked again once created, for a link put in its way meanwhile.
    const recheck = async (): Promise<void> => {
      if (!inside(await realpath(dir), realRoot)) throw this.outside()
    }
    return { dir, recheck }
  }
}
