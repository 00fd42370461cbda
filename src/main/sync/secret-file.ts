// The device token is a password in all but name: it is written only with owner-only permissions,
// from the first byte (a chmod after the write would leave a window where others could read it),
// and durably, so a crash never leaves half a session behind.
import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { writeFileDurably } from '../files'

export const SECRET_MODE = 0o600

export async function writeSecretDurably(file: string, data: string): Promise<void> {
  const dir = dirname(file)
  await mkdir(dir, { recursive: true, mode: 0o700 })
  await writeFileDurably(file, data, dir, SECRET_MODE)
}
