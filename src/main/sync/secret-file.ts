// The device token is a password in all but name: it is written only with owner-only permissions,
// from the first byte (a chmod after the write would leave a window where others could read it),
// and durably, so a crash never leaves half a session behind.
import { randomBytes } from 'node:crypto'
import { chmod, mkdir, open, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { fsyncDir, TEMP_PREFIX } from '../files'

export const SECRET_MODE = 0o600

export async function writeSecretDurably(file: string, data: string): Promise<void> {
  const dir = dirname(file)
  await mkdir(dir, { recursive: true, mode: 0o700 })
  const temp = join(dir, `${TEMP_PREFIX}${basename(file)}.${randomBytes(6).toString('hex')}`)
  const handle = await open(temp, 'wx', SECRET_MODE)
  try {
    // The umask can only take bits away, but a file system may ignore the mode: say it again.
    await handle.chmod(SECRET_MODE).catch(() => undefined)
    await handle.writeFile(data)
    await handle.sync()
  } catch (err) {
    await handle.close().catch(() => undefined)
    await unlink(temp).catch(() => undefined)
    throw err
  }
  await handle.close()
  try {
    await rename(temp, file)
  } catch (err) {
    await unlink(temp).catch(() => undefined)
    throw err
  }
  await chmod(file, SECRET_MODE).catch(() => undefined)
  await fsyncDir(dir)
}
