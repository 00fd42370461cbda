import { cp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '../../src/shared/article'
import { openArticleStore } from '../../src/main/store'
import { readIndex } from '../../src/main/store/index-file'
import { storeLayout } from '../../src/main/store/layout'
import { draft, refusal, tempStoreDir } from './helpers'

const FIXTURE_V1 = join(__dirname, '..', 'fixtures', 'store-v1')

/** An index.txt whose header is right about its body (length, checksum), whatever the body says. */
function indexOfBody(body: string, count: number, schemaVersion = SCHEMA_VERSION): string {
  const bytes = Buffer.from(body)
  const header = { format: 1, schemaVersion, count, bytes: bytes.length, crc32: crc32(bytes), dirs: { articles: null, trash: null } }
  return `redaksi-index\n${JSON.stringify(header)}\n${body}`
}

async function storeWithThree(dir: string) {
  const store = await openArticleStore(dir)
  const ids: string[] = []
  for (const headline of ['Satu', 'Dua', 'Tiga']) ids.push((await store.create(draft({ headline }))).id)
  await store.close()
  return ids as [string, string, string]
}

describe('damaged files', () => {
  it.each([
    ['truncated', async (f: string) => truncate(f, 40), /^not valid JSON \(/],
    ['garbage', async (f: string) => writeFile(f, '\u0000\u0017garbage<<>>'), /^not valid JSON \(/],
    ['empty', async (f: string) => writeFile(f, ''), /^empty file$/],
    ['valid JSON of the wrong shape', async (f: string) => writeFile(f, '{"schemaVersion":2,"article":{"headline":1}}'), /^unexpected shape at article\.headline: /],
    ['JSON that is not an object', async (f: string) => writeFile(f, '[1,2]'), /^not a JSON object$/]
  ])('quarantines a %s article file, reports its id and opens the rest', async (_kind, spoil, reason) => {
    const dir = await tempStoreDir()
    const [one, two, three] = await storeWithThree(dir)
    const file = join(dir, 'articles', `${two}.json`)
    await spoil(file)
    const store = await openArticleStore(dir)
    expect(store.openReport.quarantined).toHaveLength(1)
    expect(store.openReport.quarantined[0]).toMatchObject({ articleId: two, file: expect.stringMatching(new RegExp(`quarantine[\\\\/][^/]+-${two}\\.json$`)) })
    expect(store.openReport.quarantined[0]?.reason).toMatch(reason)
    expect(existsSync(file)).toBe(false)
    const moved = await readdir(join(dir, 'quarantine'))
    expect(moved.some((n) => n.endsWith(`${two}.json`))).toBe(true)
    const noteName = moved.find((n) => n.endsWith(`${two}.json.reason.json`)) as string
    const note = JSON.parse(await readFile(join(dir, 'quarantine', noteName), 'utf8'))
    expect(note).toEqual({ schemaVersion: 1, from: file, subject: two, reason: store.openReport.quarantined[0]?.reason, at: expect.any(String) })
    expect((await store.get(one)).headline).toBe('Satu')
    expect((await store.get(three)).headline).toBe('Tiga')
    expect(await refusal(store.get(two))).toEqual({ reason: 'store.article-not-found', params: { id: two } })
    expect((await store.list()).total).toBe(2)
    await store.close()
  })

  it('quarantines a file damaged after open when it is read, with code damaged', async () => {
    const dir = await tempStoreDir()
    const [one] = await storeWithThree(dir)
    const store = await openArticleStore(dir)
    const file = join(dir, 'articles', `${one}.json`)
    await writeFile(file, '{"schemaVersion":2,"artic')
    expect(await refusal(store.get(one))).toEqual({ reason: 'store.damaged-file', params: { file } })
    expect(existsSync(file)).toBe(false)
    expect(store.openReport.quarantined.map((q) => q.articleId)).toEqual([one])
    expect((await store.list()).total).toBe(2)
    await store.close()
  })

  it('quarantines a damaged revision snapshot or tombstone and keeps the rest of the history', async () => {
    const dir = await tempStoreDir()
    const store = await openArticleStore(dir)
    let a = await store.create(draft({ headline: 'Satu' }))
    a = await store.setStatus(a.id, 1, 'submitted', { actor: 'haryo', action: 'submit' })
    const names = (await readdir(join(dir, 'revisions', a.id))).sort()
    expect(names).toHaveLength(2)
    const spoilt = join(dir, 'revisions', a.id, names[0] as string)
    await writeFile(spoilt, '{"schemaVersion":2,"reason":"create"')
    expect((await store.listRevisions(a.id)).map((r) => r.rev)).toEqual([2])
    expect(store.openReport.quarantined).toEqual([{ file: expect.stringContaining(join(dir, 'quarantine')), articleId: a.id, reason: expect.stringMatching(/^not valid JSON/) }])
    expect(existsSync(spoilt)).toBe(false)
    expect((await store.get(a.id)).rev).toBe(2)

    const gone = await store.create(draft({ headline: 'Dua' }))
    await store.emptyTrash()
    await store.spike(gone.id, 1)
    await store.emptyTrash()
    await writeFile(join(dir, 'tombstones', `${gone.id}.json`), '{"schemaVersion":2,"id":"x"}')
    expect(await store.listTombstones()).toEqual([])
    expect(store.openReport.quarantined.map((q) => [q.articleId, q.reason])).toEqual([
      [a.id, expect.stringMatching(/^not valid JSON/)],
      [gone.id, expect.stringMatching(/^unexpected shape at id: /)]
    ])
    await store.close()
  })

  it.each([
    ['missing', (f: string) => rm(f)],
    ['truncated', (f: string) => truncate(f, 10)],
    ['garbage', (f: string) => writeFile(f, 'not json at all')],
    ['of the wrong shape', (f: string) => writeFile(f, indexOfBody('{"sections":[],"authors":[],"rows":[1,2,3,4,5,6,7,8,9,10,11,12]}', 1))],
    ['of the old format', (f: string) => writeFile(f, JSON.stringify({ schemaVersion: SCHEMA_VERSION, entries: [] }))]
  ])('rebuilds a %s index from the article files', async (_kind, spoil) => {
    const dir = await tempStoreDir()
    const ids = await storeWithThree(dir)
    await spoil(join(dir, 'index.txt'))
    const store = await openArticleStore(dir)
    expect(store.openReport.indexRebuilt).toBe(true)
    expect(store.openReport.quarantined).toEqual([])
    expect((await store.list()).items.map((s) => s.id).sort()).toEqual([...ids].sort())
    await store.close()
    const index = await readIndex(storeLayout(dir))
    expect(index.state === 'ok' ? index.entries.map((e) => e.summary.id).sort() : index).toEqual([...ids].sort())
    const again = await openArticleStore(dir)
    expect(again.openReport.indexRebuilt).toBe(false)
    expect(again.openReport.reread).toBe(0)
    await again.close()
  })

  it('notices an article file newer than the index (a crash before the index was written)', async () => {
    const dir = await tempStoreDir()
    const [one] = await storeWithThree(dir)
    const indexBefore = await readFile(join(dir, 'index.txt'))
    const store = await openArticleStore(dir)
    await store.save(one, 1, draft({ headline: 'Satu, diperbarui' }))
    await store.close()
    await writeFile(join(dir, 'index.txt'), indexBefore) // as if the process died before the index flush
    const again = await openArticleStore(dir)
    expect(again.openReport.indexRebuilt).toBe(false)
    expect(again.openReport.reread).toBe(1)
    expect((await again.list()).items.find((s) => s.id === one)).toMatchObject({ headline: 'Satu, diperbarui', rev: 2 })
    await again.close()
  })

  it('keeps the higher rev when a spike was cut short and the article sits in both folders', async () => {
    const dir = await tempStoreDir()
    const [one] = await storeWithThree(dir)
    const store = await openArticleStore(dir)
    await store.spike(one, 1)
    await store.close()
    await cp(join(dir, 'trash', `${one}.json`), join(dir, 'trash', 'keep.json'))
    // Put the pre-spike file back as if the removal from articles/ never happened.
    const rev1 = (await readdir(join(dir, 'revisions', one))).find((n) => n.startsWith('00000001-'))
    const snap = JSON.parse(await readFile(join(dir, 'revisions', one, rev1 as string), 'utf8'))
    await writeFile(join(dir, 'articles', `${one}.json`), JSON.stringify({ schemaVersion: 2, article: snap.article, snapshot: { at: null, rev: 0 }, savedBy: 'test' }))
    const again = await openArticleStore(dir)
    expect((await again.get(one)).status).toBe('spiked')
    expect(existsSync(join(dir, 'articles', `${one}.json`))).toBe(false)
    await again.close()
  })
})

describe('migrations', () => {
  it('opens a version-1 store at the current version after a backup', async () => {
    const dir = await tempStoreDir()
    await cp(FIXTURE_V1, dir, { recursive: true })
    const store = await openArticleStore(dir)
    expect(store.openReport.migratedFrom).toBe(1)
    expect(store.openReport.quarantined).toEqual([])
    expect(store.openReport.backupDir).toMatch(/backups[\\/]v1-/)

    const putin = await store.get('01HZX3K8M2Q4R6T8V0W2Y4A6C8')
    expect(putin.penulis).toEqual(['Haryo Jati'])
    expect(putin.published).toEqual({ at: '2024-06-17T20:49:00+07:00', zone: 'WIB' })
    expect(putin.rev).toBe(4)
    expect(putin.revId).toMatch(/^4-[0-9a-f]{32}$/)
    const banjir = await store.get('01HZX4A1B2C3D4E5F6G7H8J9K0')
    expect(banjir.penulis).toEqual(['Rina Ayu', 'Budi Santoso', 'Siti Rahma'])
    expect(banjir.published).toEqual({ at: '2024-06-18T09:15:00+08:00', zone: 'WITA' })
    const persija = await store.get('01HZX5Q7R8S9T0V1W2X3Y4Z5A6')
    expect(persija.status).toBe('spiked')
    expect(persija.penulis).toEqual(['Agus Wibowo', 'Dewi Lestari'])
    expect(persija.published).toEqual({ at: '2024-06-19T02:00:00+07:00', zone: 'WIB' })
    expect((await store.listTrash()).map((s) => s.id)).toEqual([persija.id])

    // The backup is the untouched v1 store.
    const backup = store.openReport.backupDir as string
    for (const rel of ['index.json', 'articles/01HZX3K8M2Q4R6T8V0W2Y4A6C8.json', 'trash/01HZX5Q7R8S9T0V1W2X3Y4Z5A6.json']) {
      expect(await readFile(join(backup, rel), 'utf8')).toBe(await readFile(join(FIXTURE_V1, rel), 'utf8'))
    }
    // Every file now carries the current schema version.
    // The old index.json is replaced by index.txt at the current version.
    expect(existsSync(join(dir, 'index.json'))).toBe(false)
    expect((await readIndex(storeLayout(dir))).state).toBe('ok')
    for (const name of await readdir(join(dir, 'articles'))) {
      expect(JSON.parse(await readFile(join(dir, 'articles', name), 'utf8')).schemaVersion).toBe(SCHEMA_VERSION)
    }
    // It works as a current store: saving continues the old rev numbering.
    const saved = await store.save(putin.id, 4, { ...putin, headline: 'Putin Tiba di Pyongyang' })
    expect(saved.rev).toBe(5)
    await store.close()

    const again = await openArticleStore(dir)
    expect(again.openReport).toMatchObject({ migratedFrom: null, backupDir: null, indexRebuilt: false })
    expect((await again.get(putin.id)).headline).toBe('Putin Tiba di Pyongyang')
    await again.close()
    expect(await readdir(join(dir, 'backups'))).toHaveLength(1)
  })

  it('opens the rest and leaves a newer Redaksi’s article untouched; refuses a store whose index is newer', async () => {
    const dir = await tempStoreDir()
    const [one, two, three] = await storeWithThree(dir)
    const file = join(dir, 'articles', `${one}.json`)
    const future = JSON.stringify({ ...JSON.parse(await readFile(file, 'utf8')), schemaVersion: SCHEMA_VERSION + 1 })
    await writeFile(file, future)
    const opened = await openArticleStore(dir)
    expect(opened.openReport.skipped).toEqual([{ file, articleId: one, why: 'newer', reason: `schema ${SCHEMA_VERSION + 1}` }])
    expect((await opened.list()).items.map((a) => a.id).sort()).toEqual([two, three].sort())
    await opened.close()
    expect(await readFile(file, 'utf8')).toBe(future)
    expect(await readdir(join(dir, 'quarantine'))).toEqual([])
    await writeFile(join(dir, 'index.txt'), indexOfBody('{}', 0, SCHEMA_VERSION + 1))
    expect(await refusal(openArticleStore(dir))).toEqual({ reason: 'store.newer-schema', params: { file: join(dir, 'index.txt'), version: SCHEMA_VERSION + 1 } })
    expect(existsSync(join(dir, 'store.lock'))).toBe(false)
    // A newer index in the old format, with no index.txt beside it, is refused the same way.
    await rm(join(dir, 'index.txt'))
    await writeFile(join(dir, 'index.json'), JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, entries: [] }))
    expect(await refusal(openArticleStore(dir))).toEqual({ reason: 'store.newer-schema', params: { file: join(dir, 'index.json'), version: SCHEMA_VERSION + 1 } })
  })

  it('migrates a v1 store whose index was lost, still backing up first', async () => {
    const dir = await tempStoreDir()
    await cp(FIXTURE_V1, dir, { recursive: true })
    await rm(join(dir, 'index.json'))
    const store = await openArticleStore(dir)
    expect(store.openReport).toMatchObject({ migratedFrom: 1, indexRebuilt: true })
    expect(existsSync(join(store.openReport.backupDir as string, 'articles', '01HZX4A1B2C3D4E5F6G7H8J9K0.json'))).toBe(true)
    expect((await store.list({ status: ['draft', 'published'] })).total).toBe(2)
    await store.close()
  })
})
