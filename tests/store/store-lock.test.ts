import { readFile, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openArticleStore } from '../../src/main/store'
import { inLanguage, RedaksiFailure } from '../../src/shared/result'
import { refusal, tempStoreDir } from './helpers'

describe('one writer per store folder', () => {
  it('refuses a second open while the first is open, and allows it after close', async () => {
    const dir = await tempStoreDir()
    const first = await openArticleStore(dir)
    expect(await refusal(openArticleStore(dir))).toEqual({ reason: 'store.open-here', params: { dir } })
    await first.close()
    const second = await openArticleStore(dir)
    await second.close()
  })

  it('refuses a store another running process holds, naming the process and the lock', async () => {
    const dir = await tempStoreDir()
    await (await openArticleStore(dir)).close()
    const lock = join(dir, 'store.lock')
    await writeFile(lock, JSON.stringify({ schemaVersion: 2, pid: process.ppid, host: hostname() }))
    expect(await refusal(openArticleStore(dir))).toEqual({ reason: 'store.locked', params: { dir, lock, pid: process.ppid } })
    expect(JSON.parse(await readFile(lock, 'utf8'))).toEqual({ schemaVersion: 2, pid: process.ppid, host: hostname() })
  })

  it('refuses a lock from another computer and says how to clear it, in both languages', async () => {
    const dir = await tempStoreDir()
    await (await openArticleStore(dir)).close()
    const lock = join(dir, 'store.lock')
    await writeFile(lock, JSON.stringify({ schemaVersion: 2, pid: 4242, host: 'laptop-desk-2', at: '2024-06-17T13:00:00.000Z' }))
    const err = await openArticleStore(dir).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(RedaksiFailure)
    const failure = (err as RedaksiFailure).failure
    expect(failure).toMatchObject({ reason: 'store.locked-elsewhere', params: { dir, lock, pid: 4242, host: 'laptop-desk-2' } })
    expect(inLanguage(failure, 'en').message).toBe(
      `The store ${dir} is locked by process 4242 on the computer laptop-desk-2 (lock ${lock}). If Redaksi is not running there, delete ${lock} and open it again.`
    )
    expect(inLanguage(failure, 'id').message).toBe(
      `Penyimpanan ${dir} dikunci oleh proses 4242 di komputer laptop-desk-2 (kunci ${lock}). Bila Redaksi tidak berjalan di sana, hapus berkas ${lock} lalu buka lagi.`
    )
  })

  it('takes over a lock left by a process that died, or an unreadable one', async () => {
    const dir = await tempStoreDir()
    const lock = join(dir, 'store.lock')
    await (await openArticleStore(dir)).close()
    await writeFile(lock, JSON.stringify({ schemaVersion: 2, pid: 2 ** 22 + 12345, host: hostname() }))
    const taken = await openArticleStore(dir)
    expect(JSON.parse(await readFile(lock, 'utf8'))).toEqual({ schemaVersion: 2, pid: process.pid, host: hostname(), at: expect.any(String) })
    await taken.close()
    for (const unreadable of ['{"pid":', '', 'null', '{"schemaVersion":2,"pid":"x"}']) {
      await writeFile(lock, unreadable)
      await (await openArticleStore(dir)).close()
    }
  })
})
