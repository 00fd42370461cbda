// The browser host's exports over real HTTP into real folders: only inside the files folder (by
// default the data folder), named relative to it; whatever leads outside gets one answer, byte for
// byte, whether the place outside exists or not (decision 0075).
import { execFileSync } from 'node:child_process'
import { lstat, mkdir, readdir, readFile, realpath, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserHost, type BrowserHost } from '../../src/main/browser-host/server'
import { filesDirFromArgs } from '../../src/main/paths'
import { openRedaksiAt } from '../helpers/redaksi'
import { makeTempDir, snapshotTree } from '../helpers/temp-dir'
import type { Redaksi } from '../../src/main/redaksi'

const SLUG = 'banjir-rendam-jakarta-timur'

describe('browser host exports', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>
  let redaksi: Redaksi
  let host: BrowserHost
  let data: string
  let id: string
  const outside = (): string => join(temp.path, 'luar')
  const missing = (): string => join(temp.path, 'hilang')

  beforeAll(async () => {
    temp = await makeTempDir('redaksi-host-export-')
    data = join(temp.path, 'data')
    await mkdir(outside())
    await writeFile(join(outside(), 'rahasia.txt'), 'jangan ditimpa')
    redaksi = await openRedaksiAt(data)
    const rendererDir = join(temp.path, 'renderer')
    await mkdir(rendererDir)
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>x</title>')
    host = await startBrowserHost({ dispatch: redaksi.dispatch, rendererDir })
    await mkdir(join(data, 'ekspor-asli'))
    await symlink(outside(), join(data, 'ke-luar'))
    await symlink(missing(), join(data, 'ke-hilang'))
    await symlink(join(data, 'ekspor-asli'), join(data, 'ke-dalam'))
    await symlink(join(data, 'belum-ada'), join(data, 'ke-dalam-hilang'))
    const created = await redaksi.dispatch('articles.create', { draft: { headline: 'Banjir Rendam Jakarta Timur' } })
    if (!created.ok) throw new Error(created.error.message)
    id = (created.value as { id: string }).id
  })
  afterAll(async () => {
    await host.close()
    await redaksi.close()
    await temp.remove()
  })

  const post = async (channel: string, body: unknown): Promise<{ status: number; text: string }> => {
    const response = await fetch(`http://127.0.0.1:${host.port}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
      body: JSON.stringify(body)
    })
    return { status: response.status, text: await response.text() }
  }
  // Every name below a folder, links not followed (some here point nowhere on purpose).
  const names = async (dir: string): Promise<string[]> => (await readdir(dir, { recursive: true })).sort()
  const exportTo = async (outDir: string, format = 'text') => post('export.article', { id, format, outDir })

  it('takes the data folder as its files folder unless --files-dir names another, and says which', async () => {
    const paths = { storeDir: join(data, 'store'), settingsFile: join(data, 'settings.json') }
    expect(filesDirFromArgs([], paths)).toBe(data)
    expect(filesDirFromArgs(['--files-dir', join(temp.path, 'berkas')], paths)).toBe(join(temp.path, 'berkas'))
    expect(filesDirFromArgs(['--files-dir=berkas'], paths)).toBe(join(process.cwd(), 'berkas'))
    expect(await redaksi.dispatch('app.info', {})).toMatchObject({ ok: true, value: { transport: 'browser', filesDir: data } })
  })

  it('answers every way outside with the same bytes, whether the place exists or not, and writes nothing', async () => {
    const refusal = JSON.stringify({
      ok: false,
      error: {
        code: 'forbidden',
        reason: 'export.folder-outside',
        params: { root: data },
        message: `Ekspor hanya boleh di dalam folder berkas ${data}: sebut folder di dalamnya (misalnya “ekspor”), tanpa “..”, path absolut, atau tautan yang mengarah ke luar.`
      }
    })
    const before = { names: await names(temp.path), outside: await snapshotTree(outside()) }
    // Each pair: a place outside that exists, and one that does not.
    const pairs: [string, string][] = [
      ['../luar', '../hilang'],
      [outside(), missing()],
      ['ke-luar', 'ke-hilang'],
      ['ke-luar/sub', 'ke-hilang/sub'],
      ['ke-luar/rahasia.txt', 'ke-luar/tidak-ada.txt'],
      ['ekspor/../../luar', 'ekspor/../../hilang'],
      ['..\\luar', '..\\hilang'],
      ['/etc', '/tidak-ada-sama-sekali'],
      ['C:\\Windows', '\\\\server\\share']
    ]
    for (const [exists, absent] of pairs) {
      for (const channel of ['export.article', 'export.batch'] as const) {
        const request = (outDir: string) => (channel === 'export.article' ? { id, format: 'html', outDir } : { ids: [id], outDir })
        const one = await post(channel, request(exists))
        const other = await post(channel, request(absent))
        expect(one, `${channel} ${exists}`).toEqual({ status: 200, text: refusal })
        expect(Buffer.from(other.text)).toEqual(Buffer.from(one.text))
      }
    }
    // A link inside that points nowhere is not followed either.
    expect(await exportTo('ke-dalam-hilang')).toEqual({ status: 200, text: refusal })
    expect({ names: await names(temp.path), outside: await snapshotTree(outside()) }).toEqual(before)
    await expect(lstat(missing())).rejects.toMatchObject({ code: 'ENOENT' })
    await expect(lstat(join(data, 'belum-ada'))).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('writes into folders inside the files folder, new or existing, and through a link that stays inside', async () => {
    const real = await realpath(data)
    const file = (...dirs: string[]) => join(real, ...dirs, `${SLUG}.txt`)
    for (const [outDir, where] of [
      ['ekspor', ['ekspor']],
      ['', []],
      ['./a/b/c/', ['a', 'b', 'c']],
      ['ke-dalam', ['ekspor-asli']]
    ] as [string, string[]][]) {
      const answer = await exportTo(outDir)
      expect(JSON.parse(answer.text), outDir).toEqual({ ok: true, value: { files: [file(...where)] } })
      expect((await readFile(file(...where), 'utf8')).startsWith('Banjir Rendam Jakarta Timur')).toBe(true)
    }
    expect(await readFile(join(outside(), 'rahasia.txt'), 'utf8')).toBe('jangan ditimpa')
  })

  it('keeps exports out of the store’s own folder', async () => {
    // The store's own index may be flushed meanwhile; no name may be added.
    const before = await names(join(data, 'store'))
    for (const outDir of ['store', 'store/articles', 'store/baru']) {
      expect(JSON.parse((await exportTo(outDir)).text), outDir).toMatchObject({ ok: false, error: { code: 'forbidden', reason: 'export.folder-is-store', params: { root: data } } })
    }
    expect(await names(join(data, 'store'))).toEqual(before)
  })

  it('never writes into a pipe or through a link found at the name it would take', async () => {
    await mkdir(join(data, 'pipa'))
    execFileSync('mkfifo', [join(data, 'pipa', `${SLUG}.txt`)])
    const pipe = JSON.parse((await exportTo('pipa')).text) as { ok: boolean; error: { reason: string; params: { file: string } } }
    expect(pipe).toMatchObject({ ok: false, error: { code: 'conflict', reason: 'export.target-not-file', params: { file: join(await realpath(data), 'pipa', `${SLUG}.txt`) } } })
    expect((await lstat(join(data, 'pipa', `${SLUG}.txt`))).isFIFO()).toBe(true)

    await mkdir(join(data, 'tautan'))
    await symlink(join(outside(), 'rahasia.txt'), join(data, 'tautan', `${SLUG}.txt`))
    expect(JSON.parse((await exportTo('tautan')).text)).toMatchObject({ ok: false, error: { reason: 'export.target-not-file' } })
    expect((await lstat(join(data, 'tautan', `${SLUG}.txt`))).isSymbolicLink()).toBe(true)
    expect(await readFile(join(outside(), 'rahasia.txt'), 'utf8')).toBe('jangan ditimpa')
    // Nothing half-written is left: no staging folder, only what was there.
    expect(await readdir(join(data, 'pipa'))).toEqual([`${SLUG}.txt`])
    expect(await readdir(join(data, 'tautan'))).toEqual([`${SLUG}.txt`])
  })
})
