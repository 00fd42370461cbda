// The sync commands in-process against the real server: login with the password on stdin, the
// workflow moves as the signed-in account, and `sync` reporting what is left.
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/main/cli/run-cli'
import { makeTempDir } from '../helpers/temp-dir'
import { openApp, PASSWORD, readyDraft, startDesk, type Desk } from './desk'

describe('redaksi login, sync and the workflow commands on a connected store', () => {
  let desk: Desk
  const dirs: Awaited<ReturnType<typeof makeTempDir>>[] = []
  beforeAll(async () => {
    desk = await startDesk([
      { login: 'wulan', name: 'Wulan Sari', role: 'penulis' },
      { login: 'bima', name: 'Bima Putra', role: 'editor' }
    ])
  }, 120_000)
  afterAll(async () => {
    for (const d of dirs) await d.remove()
    await desk?.stop()
  }, 60_000)

  const cli = async (dataDir: string, argv: string[], stdin = '') => {
    let out = ''
    let err = ''
    const code = await runCli([...argv, '--data-dir', dataDir], { out: (t) => void (out += t), err: (t) => void (err += t), readStdin: async () => stdin })
    return { code, out, err }
  }
  const folder = async (): Promise<string> => {
    const d = await makeTempDir('redaksi-cli-sync-')
    dirs.push(d)
    return d.path
  }

  it('signs in with the password from stdin, keeps the token owner-only, and acts as the account', async () => {
    const writerDir = await folder()
    const editorDir = await folder()
    const wrong = await cli(writerDir, ['login', '--server', desk.server.url, '--login', 'wulan'], 'salah-sekali-123\n')
    expect(wrong).toMatchObject({ code: 1, out: '' })
    expect(wrong.err).toBe('Nama pengguna atau kata sandi salah.\n')

    const login = await cli(writerDir, ['login', '--server', desk.server.url, '--login', 'wulan'], `${PASSWORD}\n`)
    expect(login).toMatchObject({ code: 0, out: `Wulan Sari (penulis) @ ${desk.server.url}\n`, err: 'Tersinkron\n' })
    const sessionFile = join(writerDir, 'sync', 'session.json')
    expect((await stat(sessionFile)).mode & 0o777).toBe(0o600)
    const { token } = JSON.parse(await readFile(sessionFile, 'utf8')) as { token: string }
    expect(login.out + login.err).not.toContain(token)

    const app = await openApp({ dataDir: writerDir })
    const article = await app.call('articles.create', { draft: readyDraft('Jembatan Putus di Garut') })
    await app.redaksi.close()

    expect(await cli(writerDir, ['submit', article.id])).toEqual({ code: 0, out: `${article.id}\tsubmitted\n`, err: '' })
    // A penulis approving is refused before anything is queued, in the account's name.
    const approve = await cli(writerDir, ['approve', article.id])
    expect(approve.code).toBe(1)
    expect(approve.err).toBe('Hanya editor atau redaktur pelaksana yang dapat menyetujui artikel.\n')

    expect((await cli(editorDir, ['login', '--server', desk.server.url, '--login', 'bima'], PASSWORD)).code).toBe(0)
    const localOnEditor = await openApp({ dataDir: editorDir })
    const seen = await localOnEditor.redaksi.sync.localArticle(article.id)
    await localOnEditor.redaksi.close()
    expect(seen).toMatchObject({ status: 'submitted', headline: 'Jembatan Putus di Garut' })
    expect((await cli(editorDir, ['start-review', article.id])).code).toBe(0)
    expect(await cli(editorDir, ['return', article.id, '--note', 'Sebutkan sumber BPBD.'])).toMatchObject({ code: 0, out: `${article.id}\treturned\n` })

    expect(await cli(writerDir, ['sync'])).toEqual({ code: 0, out: 'Tersinkron\n', err: '' })
    const back = await openApp({ dataDir: writerDir })
    const returned = await back.call('articles.get', { id: article.id })
    await back.redaksi.close()
    expect(returned.status).toBe('returned')
    expect(returned.history.at(-1)).toMatchObject({ actor: 'Bima Putra', action: 'return', note: 'Sebutkan sumber BPBD.' })

    expect((await cli(writerDir, ['logout'])).code).toBe(0)
    await expect(stat(sessionFile)).rejects.toMatchObject({ code: 'ENOENT' })
    const after = await cli(writerDir, ['sync'])
    expect(after).toEqual({ code: 1, out: '', err: 'Penyimpanan ini tidak terhubung ke server redaksi.\n' })
  }, 90_000)

  it('says at logout how many changes still wait, and names whose they are at the next login', async () => {
    const dir = await folder()
    expect((await cli(dir, ['login', '--server', desk.server.url, '--login', 'wulan'], PASSWORD)).code).toBe(0)
    const app = await openApp({ dataDir: dir })
    await app.call('articles.create', { draft: readyDraft('Antrean Solar di Jalur Pantura') })
    await app.call('articles.create', { draft: readyDraft('Kapal Tenggelam di Selat Bali') })
    await app.redaksi.close()
    expect(await cli(dir, ['logout'])).toEqual({ code: 0, out: '', err: 'Keluar dari server; 2 perubahan masih menunggu dan dikirim saat akun pembuatnya masuk lagi\n' })
    const other = await cli(dir, ['login', '--server', desk.server.url, '--login', 'bima'], PASSWORD)
    expect(other).toEqual({ code: 0, out: `Bima Putra (editor) @ ${desk.server.url}\n`, err: 'Tersinkron\n2 perubahan milik wulan menunggu akun itu masuk lagi\n' })
  }, 60_000)
})
