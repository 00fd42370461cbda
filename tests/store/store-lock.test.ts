import { spawn } from 'node:child_process'
import { readFile, stat, utimes, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openArticleStore } from '../../src/main/store'
import { bootId, processStart } from '../../src/main/store/process-identity'
import { lockStore } from '../../src/main/store/store-lock'
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
      `The store ${dir} is locked by process 4242 on the computer laptop-desk-2 (lock ${lock}). If Redaksi is not running there, delete ${lock} and open it again; a lock not refreshed for 5 minutes is taken over by itself.`
    )
    expect(inLanguage(failure, 'id').message).toBe(
      `Penyimpanan ${dir} dikunci oleh proses 4242 di komputer laptop-desk-2 (kunci ${lock}). Bila Redaksi tidak berjalan di sana, hapus berkas ${lock} lalu buka lagi; kunci yang tidak diperbarui selama 5 menit diambil alih dengan sendirinya.`
    )
  })

  it('takes over a lock left by a process that died, or an unreadable one', async () => {
    const dir = await tempStoreDir()
    const lock = join(dir, 'store.lock')
    await (await openArticleStore(dir)).close()
    await writeFile(lock, JSON.stringify({ schemaVersion: 2, pid: 2 ** 22 + 12345, host: hostname() }))
    const taken = await openArticleStore(dir)
    expect(JSON.parse(await readFile(lock, 'utf8'))).toEqual({
      schemaVersion: 2,
      pid: process.pid,
      host: hostname(),
      at: expect.any(String),
      boot: bootId(),
      started: processStart(process.pid)
    })
    expect(taken.openReport.lockTakenOver).toEqual({ reason: 'ended', pid: 2 ** 22 + 12345, host: hostname(), touchedAt: expect.any(String) })
    await taken.close()
    for (const unreadable of ['{"pid":', '', 'null', '{"schemaVersion":2,"pid":"x"}']) {
      await writeFile(lock, unreadable)
      await (await openArticleStore(dir)).close()
    }
  })

  it('takes over a lock whose pid now names another process, or that was written before the computer restarted', async () => {
    const dir = await tempStoreDir()
    const lock = join(dir, 'store.lock')
    await (await openArticleStore(dir)).close()
    // process.ppid runs, but it is not the process that started at this time.
    await writeFile(lock, JSON.stringify({ schemaVersion: 2, pid: process.ppid, host: hostname(), boot: bootId(), started: '1' }))
    const reused = await openArticleStore(dir)
    expect(reused.openReport.lockTakenOver).toMatchObject({ reason: 'reused', pid: process.ppid })
    await reused.close()
    await writeFile(lock, JSON.stringify({ schemaVersion: 2, pid: process.ppid, host: hostname(), boot: 'a-boot-before-this-one', started: processStart(process.ppid) }))
    const restarted = await openArticleStore(dir)
    expect(restarted.openReport.lockTakenOver).toMatchObject({ reason: 'restarted', pid: process.ppid })
    await restarted.close()
  })

  it('takes over another computer’s lock once it has not been refreshed for five minutes', async () => {
    const dir = await tempStoreDir()
    const lock = join(dir, 'store.lock')
    await (await openArticleStore(dir)).close()
    await writeFile(lock, JSON.stringify({ schemaVersion: 2, pid: 4242, host: 'laptop-desk-2' }))
    const fourMinutesAgo = new Date(Date.now() - 4 * 60_000)
    await utimes(lock, fourMinutesAgo, fourMinutesAgo)
    expect(await refusal(openArticleStore(dir))).toMatchObject({ reason: 'store.locked-elsewhere', params: { minutes: 5 } })
    const sixMinutesAgo = new Date(Date.now() - 6 * 60_000)
    await utimes(lock, sixMinutesAgo, sixMinutesAgo)
    const taken = await openArticleStore(dir)
    expect(taken.openReport.lockTakenOver).toEqual({ reason: 'abandoned', pid: 4242, host: 'laptop-desk-2', touchedAt: sixMinutesAgo.toISOString() })
    await taken.close()
  })

  it('keeps its own lock fresh while it holds it, so that no other computer takes it over', async () => {
    const dir = await tempStoreDir()
    const lock = join(dir, 'store.lock')
    const held = await lockStore(dir, { heartbeatMs: 50 })
    const longAgo = new Date(Date.now() - 60 * 60_000)
    await utimes(lock, longAgo, longAgo)
    await expect.poll(async () => (await stat(lock)).mtimeMs > Date.now() - 60_000, { timeout: 5000 }).toBe(true)
    expect(held.takenOver).toBe(null)
    await held.release()
  })

  it('refuses while another real process holds the store, and takes over once it is killed', async () => {
    const dir = await tempStoreDir()
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'lock', 'lock-holder.ts'), dir], { stdio: ['ignore', 'pipe', 'inherit'] })
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => (chunk.toString().startsWith('open') ? resolve() : undefined))
        child.on('exit', (code) => reject(new Error(`the holder exited with ${code}`)))
      })
      expect(await refusal(openArticleStore(dir))).toEqual({ reason: 'store.locked', params: { dir, lock: join(dir, 'store.lock'), pid: child.pid } })
    } finally {
      child.kill('SIGKILL')
      await new Promise((resolve) => child.once('exit', resolve))
    }
    const taken = await openArticleStore(dir)
    expect(taken.openReport.lockTakenOver).toMatchObject({ reason: 'ended', pid: child.pid })
    await taken.close()
  })
})
