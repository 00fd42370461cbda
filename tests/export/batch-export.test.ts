import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ExportJobs } from '../../src/main/export/export-jobs'
import { runExport, type ExportProgress } from '../../src/main/export/run-export'
import { openTestRedaksi } from '../helpers/redaksi'
import { fixtureDraft, openExchangeStore, storeArticle, type ExchangeStore } from './exchange-fixture'

describe('batch export', () => {
  let s: ExchangeStore
  beforeEach(async () => {
    s = await openExchangeStore()
  })
  afterEach(async () => {
    await s.dispose()
  })

  it('writes one page per article plus index.html, reporting progress', async () => {
    const ids: string[] = []
    for (let i = 0; i < 5; i++) ids.push((await storeArticle(s.store, { ...fixtureDraft(), headline: `Berita nomor ${i}` })).id)
    const seen: ExportProgress[] = []
    const { files, cancelled } = await runExport(s.store, { ids, format: 'html', outDir: s.out, index: true }, { onProgress: (p) => seen.push({ ...p }) })
    expect(cancelled).toBe(false)
    expect((await readdir(s.out)).sort()).toEqual(['berita-nomor-0.html', 'berita-nomor-1.html', 'berita-nomor-2.html', 'berita-nomor-3.html', 'berita-nomor-4.html', 'index.html'])
    expect(files).toHaveLength(6)
    expect(seen.map((p) => p.done)).toEqual([0, 1, 2, 3, 4, 5])
    const index = await readFile(join(s.out, 'index.html'), 'utf8')
    expect(index).toContain('<a href="berita-nomor-3.html">Berita nomor 3</a><p>Kompas dunia | 17 Juni 2024, 20:49 WIB</p>')
  })

  it('names clashing headlines apart, whatever their order', async () => {
    const a = await storeArticle(s.store, fixtureDraft())
    const b = await storeArticle(s.store, fixtureDraft())
    const one = await runExport(s.store, { ids: [a.id, b.id], format: 'text', outDir: join(s.out, '1') })
    const two = await runExport(s.store, { ids: [b.id, a.id], format: 'text', outDir: join(s.out, '2') })
    const names = (files: string[]) => files.map((f) => f.split('/').at(-1)).sort()
    expect(names(one.files)).toEqual(names(two.files))
    expect(new Set(names(one.files)).size).toBe(2)
  })

  it('cancelled, it leaves the folder as it was', async () => {
    const ids: string[] = []
    for (let i = 0; i < 4; i++) ids.push((await storeArticle(s.store, { ...fixtureDraft(), headline: `B ${i}` })).id)
    const controller = new AbortController()
    const outcome = await runExport(
      s.store,
      { ids, format: 'html', outDir: s.out, index: true },
      { signal: controller.signal, onProgress: (p) => p.done === 2 && controller.abort() }
    )
    expect(outcome).toEqual({ files: [], cancelled: true })
    expect(await readdir(s.out)).toEqual([])
  })

  it('as a background job: polled, cancelled, and gone from the folder', async () => {
    const ids: string[] = []
    for (let i = 0; i < 20; i++) ids.push((await storeArticle(s.store, { ...fixtureDraft(), headline: `J ${i}` })).id)
    const jobs = new ExportJobs(s.store)
    const started = jobs.start({ ids, format: 'html', outDir: s.out, index: true })
    expect(started).toMatchObject({ state: 'running', total: 20 })
    expect(jobs.cancel(started.job).job).toBe(started.job)
    const settled = await jobs.settled(started.job)
    expect(settled.state).toBe('cancelled')
    expect(settled.done).toBeLessThan(20)
    expect(await readdir(s.out)).toEqual([])
    const done = await jobs.settled(jobs.start({ ids, format: 'text', outDir: s.out }).job)
    expect(done).toMatchObject({ state: 'done', done: 20, total: 20 })
    expect(done.files).toHaveLength(20)
  })

  it('an unknown id stops the export before anything is written', async () => {
    const a = await storeArticle(s.store, fixtureDraft())
    await expect(runExport(s.store, { ids: [a.id, '01J0000000000000000000000Z'], format: 'html', outDir: s.out })).rejects.toMatchObject({ code: 'not-found' })
    await expect(readdir(s.out)).rejects.toThrow()
  })
})

describe('the export and import channels', () => {
  it('run a batch job of all approved articles, polled to the end', async () => {
    const r = await openTestRedaksi()
    try {
      await storeArticle(r.store, fixtureDraft(), 'approved')
      await storeArticle(r.store, { ...fixtureDraft(), headline: 'Masih draf' })
      // The browser host's services: a folder named inside the files folder (the data folder).
      const outDir = join(r.dataDir, 'ekspor')
      const started = await r.dispatch('export.batch', { outDir: 'ekspor' })
      expect(started.ok).toBe(true)
      const job = started.ok ? (started.value as { job: string }).job : ''
      let status: { state: string; done: number; total: number; files: string[] } = { state: 'running', done: 0, total: 0, files: [] }
      while (status.state === 'running') {
        await new Promise((res) => setTimeout(res, 10))
        const polled = await r.dispatch('export.progress', { job })
        if (polled.ok) status = polled.value as typeof status
      }
      expect(status).toMatchObject({ state: 'done', done: 1, total: 1 })
      expect((await readdir(outDir)).sort()).toEqual(['index.html', 'putin-bakal-tiba-di-korea-utara-selasa-besok-kunjungi-negara-kim-jong-un-2-hari.html'])
      expect(await r.dispatch('export.progress', { job: '0123456789abcdef' })).toEqual({
        ok: false,
        error: { code: 'not-found', reason: 'export.unknown-job', params: { id: '0123456789abcdef' }, message: 'Tugas ekspor 0123456789abcdef tidak dikenal.' }
      })
      expect(await r.dispatch('export.batch', { outDir })).toMatchObject({ ok: false, error: { code: 'forbidden', reason: 'export.folder-outside' } })
      expect(await r.dispatch('export.batch', { outDir: 'ekspor', status: 'published' })).toEqual({
        ok: false,
        error: { code: 'not-found', reason: 'export.nothing', params: { status: 'published' }, message: 'Tidak ada artikel berstatus Terbit untuk diekspor.' }
      })
    } finally {
      await r.dispose()
    }
  })

  it('give an article’s export as data and import text, asking about duplicates', async () => {
    const r = await openTestRedaksi()
    try {
      const a = await storeArticle(r.store, fixtureDraft())
      const content = await r.dispatch('export.content', { id: a.id, format: 'text' })
      expect(content).toMatchObject({ ok: true, value: { fileName: 'putin-bakal-tiba-di-korea-utara-selasa-besok-kunjungi-negara-kim-jong-un-2-hari.txt', contentType: 'text/plain; charset=utf-8' } })
      const text = content.ok ? (content.value as { data: string }).data : ''
      expect(await r.dispatch('import.text', { fileName: 'x.txt', text })).toMatchObject({ ok: true, value: { kind: 'duplicate', duplicates: [{ id: a.id }] } })
      expect(await r.dispatch('import.text', { fileName: 'x.txt', text, onDuplicate: 'keep-both' })).toMatchObject({ ok: true, value: { kind: 'imported' } })
    } finally {
      await r.dispose()
    }
  })
})
