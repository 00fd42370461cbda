// A note is queued before it is written (write-ahead): a real signed-in app process SIGKILLed
// between the two leaves the note in the outbox only, and the reopened app sends it and gets it
// back from the server, so no note exists on one machine alone. A note the store fails to write
// is taken back out of the queue.
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Note } from '../../src/shared/workflow'
import { http } from '../server/harness'
import { bearer, tokenFor } from '../server/helpers'
import { makeTempDir } from '../helpers/temp-dir'
import { openApp, PASSWORD, readyDraft, signIn, startDesk, type App, type Desk } from './desk'

const CHILD = resolve(import.meta.dirname, 'crash-before-queue.ts')

let desk: Desk
let editorToken: string
const dirs: Awaited<ReturnType<typeof makeTempDir>>[] = []
const apps: App[] = []
beforeAll(async () => {
  desk = await startDesk([
    { login: 'wulan', name: 'Wulan Sari', role: 'penulis' },
    { login: 'bima', name: 'Bima Putra', role: 'editor' }
  ])
  editorToken = (await tokenFor(desk.server.url, 'bima', PASSWORD)).token
}, 120_000)
afterAll(async () => {
  for (const a of apps) await a.close()
  for (const d of dirs) await d.remove()
  await desk?.stop()
}, 60_000)

const reopen = async (dataDir: string): Promise<App> => {
  const app = await openApp({ dataDir })
  apps.push(app)
  return app
}
const serverNotes = async (id: string): Promise<Note[]> => {
  const answer = await http(`${desk.server.url}/v1/articles/${id}`, { headers: bearer(editorToken) })
  expect(answer.status).toBe(200)
  return (answer.json as { notes: Note[] }).notes
}

it('sends a note killed after its queueing and before its write, and holds it locally once the server answers', async () => {
  const d = await makeTempDir('redaksi-note-ahead-')
  dirs.push(d)
  const first = await reopen(d.path)
  await signIn(first, desk.server.url, 'wulan')
  const created = await first.call('articles.create', { draft: readyDraft('Banjir Rob di Pekalongan') })
  expect(await first.call('sync.now', {})).toMatchObject({ phase: 'synced', waiting: 0 })
  await first.redaksi.close()

  const request = { articleId: created.id, body: 'Foto kedua dari Kompas.tv sudah ada izinnya?' }
  await new Promise<void>((done, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, d.path, 'notes.add', JSON.stringify(request)], {
      env: { ...process.env, REDAKSI_TEST_KILL_BEFORE_NOTE_WRITE: '1' },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let output = ''
    child.stdout.on('data', (c: Buffer) => (output += c.toString()))
    child.stderr.on('data', (c: Buffer) => (output += c.toString()))
    child.once('exit', (_code, signal) => (signal === 'SIGKILL' ? done() : reject(new Error(`not killed at the note's crash point: ${output}`))))
  })

  const after = await reopen(d.path)
  // Killed before the write: not on this machine yet, but queued.
  expect(await after.call('notes.list', { articleId: created.id })).toEqual([])
  expect(after.redaksi.sync.outbox.list().map((e) => e.change.kind)).toEqual(['note.add'])
  expect(await after.call('sync.now', {})).toMatchObject({ phase: 'synced', waiting: 0 })
  expect((await serverNotes(created.id)).map((n) => [n.body, n.author])).toEqual([[request.body, 'Wulan Sari']])
  expect((await after.call('notes.list', { articleId: created.id })).map((n) => n.body)).toEqual([request.body])
  // Once only: another round sends nothing more.
  await after.call('sync.now', {})
  expect(await serverNotes(created.id)).toHaveLength(1)
  await after.redaksi.close()
}, 90_000)

it('takes a queued note back when the store cannot write it', async () => {
  const d = await makeTempDir('redaksi-note-ahead-')
  dirs.push(d)
  const app = await reopen(d.path)
  await signIn(app, desk.server.url, 'wulan')
  const created = await app.call('articles.create', { draft: readyDraft('Jalan Amblas di Bogor') })
  await app.call('sync.now', {})
  // A real write failure: the notes folder replaced by a file.
  const { rm, writeFile } = await import('node:fs/promises')
  await rm(resolve(d.path, 'store', 'notes'), { recursive: true, force: true })
  await writeFile(resolve(d.path, 'store', 'notes'), '')
  const failed = await app.redaksi.dispatch('notes.add', { articleId: created.id, body: 'Tidak akan tersimpan' })
  expect(failed.ok).toBe(false)
  expect(app.redaksi.sync.outbox.size).toBe(0)
  await app.redaksi.close()
})
