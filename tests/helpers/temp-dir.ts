import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { createHash } from 'node:crypto'

export async function makeTempDir(prefix = 'redaksi-'): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix))
  return { path, remove: () => rm(path, { recursive: true, force: true }) }
}

/** Every file below dir with a hash of its bytes: equal snapshots mean nothing was written. */
export async function snapshotTree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  const walk = async (current: string): Promise<void> => {
    let entries: string[]
    try {
      entries = await readdir(current)
    } catch {
      return
    }
    for (const name of entries.sort()) {
      const full = join(current, name)
      if ((await stat(full)).isDirectory()) await walk(full)
      else out[relative(dir, full)] = createHash('sha256').update(await readFile(full)).digest('hex')
    }
  }
  await walk(dir)
  return out
}
