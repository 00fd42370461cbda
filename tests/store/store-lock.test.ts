import { writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openArticleStore } from '../../src/main/store'
import { tempStoreDir } from './helpers'

describe('one writer per store folder', () => {
  it('refuses a second open while the first is open, and allows it after close', async () => {
    const dir = await tempStoreDir()
    const first = await openArticleStore(dir)
    await expect(openArticleStore(dir)).rejects.toMatchObject({ code: 'io' })
    await first.close()
    const second = await openArticleStore(dir)
    await second.close()
  })

  it('refuses a store another running process holds', async () => {
    const dir = await tempStoreDir()
    await (await openArticleStore(dir)).close()
    await writeFile(join(dir, 'store.lock'), JSON.stringify({ schemaVersion: 2, pid: process.ppid, host: hostname() }))
    await expect(openArticleStore(dir)).rejects.toMatchObject({ code: 'io', message: expect.stringContaining(`process ${process.ppid}`) })
  })

  it('takes over a lock left by a process that died, or an unreadable one', async () => {
    const dir = await tempStoreDir()
    await (await openArticleStore(dir)).close()
    await writeFile(join(dir, 'store.lock'), JSON.stringify({ schemaVersion: 2, pid: 2 ** 22 + 12345, host: hostname() }))
    await (await openArticleStore(dir)).close()
    await writeFile(join(dir, 'store.lock'), '{"pid":')
    await (await openArticleStore(dir)).close()
  })
})
