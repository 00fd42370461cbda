// Exports never leave a half-written file where the user looks: everything is written into a
// hidden folder inside the target folder (same file system, so rename is atomic) and renamed into
// place only once the whole export has succeeded. Cancelling or failing removes the folder.
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fsyncDir } from '../files'
import { RedaksiFailure } from '../../shared/result'

export const STAGING_PREFIX = '.redaksi-ekspor-'

export class Staging {
  private readonly names = new Set<string>()

  private constructor(
    readonly outDir: string,
    private readonly dir: string
  ) {}

  static async open(outDir: string): Promise<Staging> {
    try {
      await mkdir(outDir, { recursive: true })
      return new Staging(outDir, await mkdtemp(join(outDir, STAGING_PREFIX)))
    } catch (err) {
      throw new RedaksiFailure('export.folder-unwritable', { dir: outDir }, { cause: err })
    }
  }

  /** `name` is a plain file name the export chose (file-names.ts), never one from the user or the article. */
  async add(name: string, data: string | Uint8Array): Promise<void> {
    if (this.names.has(name)) throw new Error(`export file name used twice: ${name}`)
    await writeFile(join(this.dir, name), data)
    this.names.add(name)
  }

  /** Moves every staged file into the target folder; returns their final paths. */
  async commit(): Promise<string[]> {
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
