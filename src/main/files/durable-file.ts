// Crash-safe file replacement. A reader (or a restart after power loss) sees either the old bytes
// or the new ones, never a mix: write a temp file in the same folder (rename is only atomic within
// one file system), fsync it so its bytes are on disk before its name is, rename over the target,
// then fsync the folder so the rename itself survives.
import { randomBytes } from 'node:crypto'
import { link, open, rename, unlink, rm, mkdir } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** Temp files start with this so a later open can recognise and remove leftovers of a crash. */
export const TEMP_PREFIX = '.tmp-'

export function isTempFile(name: string): boolean {
  return name.startsWith(TEMP_PREFIX)
}

export async function fsyncDir(dir: string): Promise<void> {
  // Windows cannot open a folder for fsync; NTFS journals renames itself.
  if (process.platform === 'win32') return
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** The mode of files the app writes for itself; their folders are PRIVATE_DIR_MODE. */
export const PRIVATE_FILE_MODE = 0o600
export const PRIVATE_DIR_MODE = 0o700

/**
 * `tempDir` must be on the same file system as `file`; by default it is the file's own folder. The
 * store stages revision snapshots in one folder it can clean on open instead of one per article.
 */
export async function writeFileDurably(file: string, data: string | Uint8Array, tempDir = dirname(file), mode?: number): Promise<void> {
  const dir = dirname(file)
  const temp = await writeTemp(file, data, tempDir, mode)
  try {
    await rename(temp, file)
  } catch (err) {
    await unlink(temp).catch(() => undefined)
    throw err
  }
  await fsyncDir(dir)
}

/**
 * A synced temp file beside `file` (or in `tempDir`) holding `data`; its name is returned. With a
 * `mode`, the file has it from its first byte (a chmod after the write would leave a window).
 */
async function writeTemp(file: string, data: string | Uint8Array, tempDir: string, mode?: number): Promise<string> {
  const temp = join(tempDir, `${TEMP_PREFIX}${basename(file)}.${randomBytes(6).toString('hex')}`)
  // Everything written through here is the app's own data (articles, settings, profiles, sync):
  // readable by its user only, whatever the umask, on a computer several people share.
  const handle = await open(temp, 'wx', mode ?? PRIVATE_FILE_MODE)
  try {
    // The umask can only take bits away, but a file system may ignore the mode: say it again.
    if (mode !== undefined) await handle.chmod(mode).catch(() => undefined)
    await handle.writeFile(data)
    await handle.sync()
  } catch (err) {
    await handle.close().catch(() => undefined)
    await unlink(temp).catch(() => undefined)
    throw err
  }
  await handle.close()
  return temp
}

/**
 * Creates `file` only if no file has that name, never leaving it half-written: the bytes go to a
 * synced temp file first and `link` gives it the name, which fails atomically when the name is
 * taken (rename would silently replace). False when the file already existed.
 */
export async function createFileDurably(file: string, data: string | Uint8Array, mode?: number): Promise<boolean> {
  const temp = await writeTemp(file, data, dirname(file), mode)
  try {
    await link(temp, file)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw err
  } finally {
    await unlink(temp).catch(() => undefined)
  }
  await fsyncDir(dirname(file))
  return true
}

/**
 * Creates `dir` and any missing parents, and makes each new folder's name durable: a folder is an
 * entry in its parent, and a power cut can undo that entry (and with it everything written inside)
 * until the parent is synced. Nothing is synced when the folder already existed.
 */
export async function mkdirDurably(dir: string, mode = PRIVATE_DIR_MODE): Promise<void> {
  const first = await mkdir(dir, { recursive: true, mode })
  if (first === undefined) return
  for (let made = dir; ; made = dirname(made)) {
    await fsyncDir(dirname(made))
    if (made === first || dirname(made) === made) return
  }
}

/** Moves a file and makes both folders' new state durable. Same file system only. */
export async function moveDurably(from: string, to: string): Promise<void> {
  await mkdirDurably(dirname(to))
  await rename(from, to)
  await fsyncDir(dirname(to))
  if (dirname(from) !== dirname(to)) await fsyncDir(dirname(from))
}

export async function removeDurably(file: string): Promise<void> {
  try {
    await unlink(file)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return
    throw err
  }
  await fsyncDir(dirname(file))
}

export async function removeTreeDurably(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true })
  await fsyncDir(dirname(dir))
}
