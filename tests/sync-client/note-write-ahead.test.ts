// A note is queued before it is written (write-ahead): a real signed-in app process SIGKILLed
// between the two leaves the note in the outbox only, and the reopened app sends it and gets it
// back from the server, so no note exists on one machine alone. A note the store fails to write
// is taken back out of the queue.
import { rm, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { expect, it } from 'vitest'
import type { Note } from '../../src/shared/workflow'
import { killAt, useCrashDesk } from './crash-desk'
import { readyDraft, signIn } from './desk'

const crash = useCrashDesk('redaksi-note-ahead-')
const { folder, reopen } = crash
const serverNotes = async (id: string): Promise<Note[]> => (await crash.onServer(id))!.notes

it('sends a note killed after its queueing and before its write, and holds it locally once the server answers', async () => {
  const dataDir = await folder()
  const first = await reopen(dataDir)
  await signIn(first, crash.desk.server.url, 'wulan')
  const created = await first.call('articles.create', { draft: readyDraft('Banjir Rob di Pekalongan') })
  expect(await first.call('sync.now', {})).toMatchObject({ phase: 'synced', waiting: 0 })
  await first.redaksi.close()

  const request = { articleId: created.id, body: 'Foto kedua dari Kompas.tv sudah ada izinnya?' }
  await killAt('REDAKSI_TEST_KILL_BEFORE_NOTE_WRITE', dataDir, 'notes.add', request)

  const after = await reopen(dataDir)
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
  const dataDir = await folder()
  const app = await reopen(dataDir)
  await signIn(app, crash.desk.server.url, 'wulan')
  const created = await app.call('articles.create', { draft: readyDraft('Jalan Amblas di Bogor') })
  await app.call('sync.now', {})
  // A real write failure: the notes folder replaced by a file.
  await rm(resolve(dataDir, 'store', 'notes'), { recursive: true, force: true })
  await writeFile(resolve(dataDir, 'store', 'notes'), '')
  const failed = await app.redaksi.dispatch('notes.add', { articleId: created.id, body: 'Tidak akan tersimpan' })
  expect(failed.ok).toBe(false)
  expect(app.redaksi.sync.outbox.size).toBe(0)
  await app.redaksi.close()
})
