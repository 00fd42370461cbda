// A staging folder is named after the computer and process writing it, so that the next export
// to the same folder can tell one left by a killed or crashed export (its process is gone) from
// one another export is still writing, and remove only the first: it may hold hundreds of MB.
import { createHash } from 'node:crypto'
import { readdir, rm } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'

export const STAGING_PREFIX = '.redaksi-ekspor-'

// A hash, not the name: a host name may hold characters a file name should not.
const HOST = createHash('sha256').update(hostname()).digest('hex').slice(0, 8)
const OWNED = new RegExp(`^${STAGING_PREFIX.replace(/\./g, '\\.')}${HOST}-(\\d+)-`)

/** What mkdtemp is given: the prefix, this computer, this process. */
export function stagingPrefix(): string {
  return `${STAGING_PREFIX}${HOST}-${process.pid}-`
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    // EPERM: a process of another user has that id — not ours to judge, so it counts as running.
    return (err as NodeJS.ErrnoException).code !== 'ESRCH'
  }
}

/**
 * Removes the staging folders in `outDir` that this computer's processes left and that no running
 * process owns. A reused process id only keeps a leftover one export longer; nothing is read from
 * these folders, so removing one never loses anything the user was shown.
 */
export async function removeDeadStagings(outDir: string): Promise<void> {
  const names = await readdir(outDir).catch(() => [] as string[])
  for (const name of names) {
    const pid = OWNED.exec(name)?.[1]
    if (pid === undefined || Number(pid) === process.pid || isRunning(Number(pid))) continue
    await rm(join(outDir, name), { recursive: true, force: true })
  }
}
