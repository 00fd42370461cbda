// Exports never leave a half-written file where the user looks: everything is written into a
// hidden folder inside the target folder (same file system, so rename is atomic) and renamed into
// place only once the whole export has succeeded. Cancelling or failing removes the folder.
import { lstat, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fsyncDir } from '../files'
import { RedaksiFailure } from '../../shared/result'

export const STAGING_PREFIX = '.redaksi-ekspor-'

/**
 * What is at a name the export will take: nothing or a regular file (replaced) is fine; a folder,
 * link, device, pipe or socket is refused rather than replaced (decision 0075).
 */
async function refuseUnlessFile(path: string): Promise<void> {
  let isFile: boolean
  try {
    isFile = (await lstat(path)).isFile()
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return
    throw new RedaksiFailure('export.folder-unwritable', { dir: path }, { cause: err })
  }
  if (!isFile) throw new RedaksiFailure('export.target-not-file', { file: path })
}

export class Staging {
  private readonly names = new Set<string>()

  private constructor(
    readonly outDir: string,
    private readonly dir: string
  ) {}

  /** `recheck` runs once the folder exists, before the staging folder is made in it. */
  static async open(outDir: string, recheck?: () => Promise<void>): Promise<Staging> {
    try {
      await mkdir(outDir, { recursive: true })
    } catch (err) {
      throw new RedaksiFailure('export.folder-unwritable', { dir: outDir }, { cause: err })
    }
    await recheck?.()
    try {
      return new Staging(outDir, await mkdtemp(join(outDir, STAGING_PREFIX)))
    } catch (err) {
      throw new RedaksiFailure('export.folder-unwritable', { dir: outDir }, { cause: err })
    }
  }

  /** `name` is a plain file name the export chose (file-names.ts), never one from the user or the article. */
  async add(name: string, data: string | Uint8Array): Promise<void> {
    if (this.names.has(name)) throw new Error(`export file name used twice: ${name}`)
    // The staging folder is new and the process's own (mkdtemp makes it 0700); 'wx' still refuses
    // to write through anything found at the name.
    await writeFile(join(this.dir, name), data, { flag: 'wx' })
    this.names.add(name)
  }

  /**
   * Moves every staged file into the target folder; returns their final paths. Every name is
   * checked before the first move, so a refusal leaves the folder as it was; rename replaces the
   * name itself and never writes through a link or into a pipe put there after the check.
   */
  async commit(): Promise<string[]> {
    for (const name of this.names) await refuseUnlessFile(join(this.outDir, name))
    const out: string[] = []
    for (const name of this.names) {
      await rename(join(this.dir, name), join(this.outDir, name))
      out.push(join(this.outDir, name))
    }
    await fsyncDir(this.outDir)
    await this.discard()
    return out
  }

  async discard(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true })
  }
}
