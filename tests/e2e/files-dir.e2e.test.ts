// `npm run browser --files-dir DIR` as built: the host prints its files folder, creates it, tells
// the renderer, and writes exports only inside it (decision 0075).
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeTempDir } from '../helpers/temp-dir'

const hostEntry = resolve(import.meta.dirname, '../../out/main/browser-host.js')

describe('the browser host with --files-dir', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>
  let child: ReturnType<typeof spawn>
  let output = ''
  let token = ''
  let port = 0
  const filesDir = (): string => join(temp.path, 'berkas', 'redaksi')

  beforeAll(async () => {
    if (!existsSync(hostEntry)) throw new Error('out/main/browser-host.js is missing: run `npm run build` first')
    temp = await makeTempDir('redaksi-files-dir-')
    child = spawn(process.execPath, [hostEntry, '--data-dir', join(temp.path, 'data'), '--files-dir', filesDir()], { stdio: ['ignore', 'pipe', 'pipe'] })
    await new Promise<void>((ready, reject) => {
      const timer = setTimeout(() => reject(new Error(`browser host did not start:\n${output}`)), 20_000)
      const onData = (chunk: Buffer): void => {
        output += chunk.toString()
        const address = /http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+)/.exec(output)
        if (address && output.includes('Folder berkas')) {
          port = Number(address[1])
          token = address[2]!
          clearTimeout(timer)
          ready()
        }
      }
      child.stdout!.on('data', onData)
      child.stderr!.on('data', onData)
      child.once('exit', (code) => reject(new Error(`browser host exited with ${code}:\n${output}`)))
    })
  })
  afterAll(async () => {
    if (child?.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done))
      child.kill('SIGTERM')
      await exited
    }
    await temp?.remove()
  })

  const api = async (channel: string, body: unknown): Promise<unknown> =>
    (
      await fetch(`http://127.0.0.1:${port}/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body)
      })
    ).json()

  it('prints and creates the files folder, and exports into it only', async () => {
    expect(output).toContain(`Folder berkas (ekspor): ${filesDir()}\n`)
    expect(await api('app.info', {})).toMatchObject({ ok: true, value: { filesDir: filesDir() } })
    const created = (await api('articles.create', { draft: { headline: 'Banjir Rendam Jakarta Timur' } })) as { value: { id: string } }
    expect(await api('export.article', { id: created.value.id, format: 'text', outDir: 'ekspor' })).toEqual({
      ok: true,
      value: { files: [join(filesDir(), 'ekspor', 'banjir-rendam-jakarta-timur.txt')] }
    })
    // The data folder is no longer the files folder once --files-dir names another.
    expect(await api('export.article', { id: created.value.id, format: 'text', outDir: '../../data' })).toMatchObject({
      ok: false,
      error: { reason: 'export.folder-outside', params: { root: filesDir() } }
    })
    expect((await readdir(join(temp.path, 'data'))).includes('banjir-rendam-jakarta-timur.txt')).toBe(false)
  })
})
