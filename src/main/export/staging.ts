// Exports never leave a half-written file where the user looks: everything is written into a
// hidden folder inside the target folder (same file system, so rename is atomic) and renamed into
// place only once the whole export is on disk. Cancelling or failing removes the folder; one left
// by a process that died is removed by the next export to the same folder (decision 0109).
import { constants, copyFile, link, lstat, mkdir, mkdtemp, open, readdir, rename, rm } from 'node:fs/promises'
import type { Dirent } from 'node:fs'
import { join } from 'node:path'
import { fsyncDir } from '../files'
import { RedaksiFailure } from '../../shared/result'
import type { StagedFile } from './article-files'
import { mapLimited } from './limited'
import { removeDeadStagings, stagingPrefix } from './staging-leftovers'

export { STAGING_PREFIX } from './staging-leftovers'

// Files written (and synced) at once: libuv runs four file operations at a time, and a few more
// queued keep it busy while the main thread renders the next article.
const WRITE_WINDOW = 8

/**
 * What is at a name the export will take: nothing or a regular file (replaced) is fine; a folder,
 * link, device, pipe or socket is refused rather than replaced (decision 0075). One listing of the
 * folder answers for every name; lstat only where the file system does not say the type.
 */
async function refuseUnlessFiles(outDir: string, names: ReadonlySet<string>): Promise<void> {
  let found: Dirent[]
  try {
    found = (await readdir(outDir, { withFileTypes: true })).filter((d) => names.has(d.name))
  } catch (err) {
    throw new RedaksiFailure('export.folder-unwritable', { dir: outDir }, { cause: err })
  }
  for (const entry of found) {
    const typed = entry.isFile() || entry.isDirectory() || entry.isSymbolicLink() || entry.isFIFO() || entry.isSocket() || entry.isBlockDevice() || entry.isCharacterDevice()
    const path = join(outDir, entry.name)
    if (typed ? entry.isFile() : await isFile(path)) continue
    throw new RedaksiFailure('export.target-not-file', { file: path })
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isFile()
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return true
    throw new RedaksiFailure('export.folder-unwritable', { dir: path }, { cause: err })
  }
}

/** Creates `path` (never through anything found there) holding `data`, on disk when it resolves. */
export async function writeSynced(path: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(path, 'wx')
  try {
    await handle.writeFile(data)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Gives a staged file a second name: a hard link, which writes no bytes (the first name's were
 * synced already). Where links are refused (FAT and exFAT sticks, some network shares) the file
 * is copied inside the kernel instead and synced (decision 0109).
 */
async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to)
    return
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw err
  }
  await copyFile(from, to, constants.COPYFILE_EXCL | constants.COPYFILE_FICLONE)
  const handle = await open(to, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

export class Staging {
  /** Every staged name → its write, settled (never rejecting: the first failure is kept apart). */
  private readonly written = new Map<string, Promise<void>>()
  private readonly inFlight = new Set<Promise<void>>()
  private failed: { err: unknown } | null = null

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
    await removeDeadStagings(outDir)
    try {
      return new Staging(outDir, await mkdtemp(join(outDir, stagingPrefix())))
    } catch (err) {
      throw new RedaksiFailure('export.folder-unwritable', { dir: outDir }, { cause: err })
    }
  }

  /**
   * Starts writing one file and resolves once there is room for the next, so rendering overlaps
   * the writes. Its name is a plain file name the export chose (file-names.ts), never one from the
   * user or the article. A failed earlier write is thrown here or by commit.
   */
  async add(file: StagedFile): Promise<void> {
    this.throwIfFailed()
    if (this.written.has(file.name)) throw new Error(`export file name used twice: ${file.name}`)
    const to = join(this.dir, file.name)
    const write =
      'sameAs' in file
        ? (this.written.get(file.sameAs) ?? Promise.reject(new Error(`export copies an unstaged file: ${file.sameAs}`))).then(() =>
            linkOrCopy(join(this.dir, file.sameAs), to)
          )
        : writeSynced(to, file.data)
    const settled = write.catch((err: unknown) => {
      this.failed ??= { err }
    })
    this.written.set(file.name, settled)
    this.inFlight.add(settled)
    void settled.then(() => this.inFlight.delete(settled))
    while (this.inFlight.size >= WRITE_WINDOW) await Promise.race(this.inFlight)
    this.throwIfFailed()
  }

  /**
   * Moves every staged file into the target folder once all are on disk; returns their final
   * paths. Every name is checked before the first move, so a refusal leaves the folder as it was;
   * rename replaces the name itself and never writes through a link or into a pipe put there after
   * the check. `last` (index.html) is what makes the folder look complete: its old copy is moved
   * out before the first file is replaced, and the new one comes last, after the others are durable.
   */
  async commit(last?: string): Promise<string[]> {
    await Promise.all(this.inFlight)
    this.throwIfFailed()
    const names = [...this.written.keys()]
    await refuseUnlessFiles(this.outDir, new Set(names))
    const ending = last !== undefined && this.written.has(last) ? last : null
    if (ending) {
      await rename(join(this.outDir, ending), join(this.dir, '.replaced')).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err
      })
      await fsyncDir(this.outDir)
    }
    const rest = names.filter((name) => name !== ending)
    await mapLimited(rest, WRITE_WINDOW, (name) => rename(join(this.dir, name), join(this.outDir, name)))
    if (ending) {
      await fsyncDir(this.outDir)
      await rename(join(this.dir, ending), join(this.outDir, ending))
    }
    await fsyncDir(this.outDir)
    await this.discard()
    return names.map((name) => join(this.outDir, name))
  }

  async discard(): Promise<void> {
    await Promise.all(this.inFlight)
    await rm(this.dir, { recursive: true, force: true })
  }

  private throwIfFailed(): void {
    if (this.failed) throw this.failed.err
  }
}
